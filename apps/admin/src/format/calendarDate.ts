/**
 * Dates as officials write them, read into the `YYYY-MM-DD` the API keeps: `2021-05-03`, `2021-5-3`,
 * `2021. 5. 3.` (how Korean documents and browsers write them), `2021.05.03`, `2021/05/03`, `20210503`,
 * `2021년 5월 3일`. Null for anything else, and for a day the calendar does not have (2021-02-30).
 */
const FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
  /^(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일$/,
];

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function readCalendarDate(text: string): string | null {
  const trimmed = text.trim();
  for (const form of FORMS) {
    const match = form.exec(trimmed);
    if (!match) continue;
    const [year, month, day] = match.slice(1, 4).map(Number) as [number, number, number];
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day);
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
      return null;
    }
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  }
  return null;
}

/**
 * Whether the text is a whole date that typing more could not change (`2021. 5. 3.`, `2021-05-03`), so
 * that it can be rewritten as `YYYY-MM-DD` while the official types; `2021. 5. 3` may yet become the 30th
 * and is rewritten only when the field is left.
 */
export function isFinishedDate(text: string): boolean {
  const trimmed = text.trim();
  return (
    readCalendarDate(trimmed) !== null &&
    (/^\d{4}-\d{2}-\d{2}$/.test(trimmed) ||
      /\.$/.test(trimmed) ||
      /일$/.test(trimmed) ||
      /^\d{8}$/.test(trimmed) ||
      /^\d{4}\/\d{2}\/\d{2}$/.test(trimmed))
  );
}
