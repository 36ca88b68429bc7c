/** `YYYY-MM-DD` strings compare correctly as text; a missing end or start never conflicts. */
export function isEndBeforeStart(start: string | null | undefined, end: string | null | undefined): boolean {
  return Boolean(start && end && end < start);
}
