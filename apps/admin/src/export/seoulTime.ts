/** Dates and times as a person in Gwangju reads them in a file, whatever the browser's own time zone. */

/** Today in Gwangju, for the file name (a browser elsewhere would otherwise date it by its own clock). */
export function seoulDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Seoul' }).format(now);
}

/**
 * An instant as a person in Gwangju reads it in a spreadsheet, `2026-12-04 09:30:00`, whatever the
 * browser's own time zone (an ISO UTC stamp would be nine hours off to them).
 */
export function seoulDateTime(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return null;
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
