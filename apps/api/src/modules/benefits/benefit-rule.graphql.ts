// GraphQL types, queries and mutations of this module are registered here (imported by graphql/schema.ts).
export {};
