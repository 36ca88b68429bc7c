/** The part of `fetch` the clients use; tests hand in their own to see what goes over the wire. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;
