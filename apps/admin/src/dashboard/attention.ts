/**
 * What the dashboard's "needs attention" lists hold: pure rules over what the API returns, with today
 * (a calendar day in Gwangju, `YYYY-MM-DD`) passed in, so that each rule is tested on fixed dates.
 */

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: string): number {
  const m = DAY.exec(date);
  if (!m) throw new RangeError(`Not a date: "${date}"`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

const dateOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A date `months` later; a month end stays a month end (30 April + 2 months = 30 June, 31 Dec + 2 = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const m = DAY.exec(date);
  if (!m) throw new RangeError(`Not a date: "${date}"`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const lastOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const target = new Date(Date.UTC(y, mo + months, 1));
  const [ty, tm] = [target.getUTCFullYear(), target.getUTCMonth()];
  const day = d === lastOfMonth(y, mo) ? lastOfMonth(ty, tm) : Math.min(d, lastOfMonth(ty, tm));
  return dateOf(Date.UTC(ty, tm, day) / DAY_MS);
}

/** Today as a calendar day in Gwangju. */
export function seoulToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/**
 * How long after the end of an indicator's latest period its next figure may take before it is overdue:
 * the next period itself plus a grace for publication. A monthly figure is overdue two months after the
 * latest month ends (the next month, and one month to publish it); a quarterly one after a quarter and a
 * month; a yearly one after a year and a quarter (yearly statistics come out in the spring). Irregular
 * indicators have no schedule and are never overdue.
 */
export const FIGURE_ALLOWANCE_MONTHS: Readonly<Record<string, number>> = {
  MONTH: 1 + 1,
  QUARTER: 3 + 1,
  YEAR: 12 + 3,
};

export interface IndicatorSchedule {
  id: string;
  frequency: string;
  /** When the indicator was set up (an instant); the clock of its first figure. */
  createdAt: string;
  /** The last day of the latest period on record; null before the first figure. */
  latestPeriodEnd: string | null;
}

export interface OverdueIndicator<I extends IndicatorSchedule = IndicatorSchedule> {
  indicator: I;
  /** The day the next figure was due by. */
  dueBy: string;
  /** Days past `dueBy` (1 or more). */
  daysOverdue: number;
}

/**
 * Indicators overdue for a figure: today is past the end of the latest period plus the allowance of
 * their frequency (from the day the indicator was set up while it has no figure). Most overdue first.
 */
export function overdueIndicators<I extends IndicatorSchedule>(
  indicators: readonly I[],
  today: string,
): OverdueIndicator<I>[] {
  const out: OverdueIndicator<I>[] = [];
  for (const indicator of indicators) {
    const allowance = FIGURE_ALLOWANCE_MONTHS[indicator.frequency];
    if (allowance === undefined) continue;
    const from = indicator.latestPeriodEnd ?? seoulToday(new Date(indicator.createdAt));
    const dueBy = addMonths(from, allowance);
    const daysOverdue = daysBetween(dueBy, today);
    if (daysOverdue > 0) out.push({ indicator, dueBy, daysOverdue });
  }
  return out.sort((a, b) => b.daysOverdue - a.daysOverdue || a.indicator.id.localeCompare(b.indicator.id));
}

/** How far ahead a planned step counts as due soon. */
export const DUE_SOON_DAYS = 30;

export interface PlannedStep {
  id: string;
  /** Stored as the first day of its precision's unit (2021-09-01 for September 2021). */
  plannedOn: string | null;
  plannedOnPrecision: string;
  /** Set once it has happened. */
  actualOn: string | null;
}

export interface DueStep<M extends PlannedStep = PlannedStep> {
  milestone: M;
  /** The last day the plan allows: the day itself, or the end of the month or year planned. */
  dueBy: string;
  /** Days from today to `dueBy`: negative when overdue, 0 on the day. */
  daysLeft: number;
}

/** The last day a planned date allows at its precision: September 2021 runs to 30 September. */
export function plannedDueBy(plannedOn: string, precision: string): string {
  if (precision === 'YEAR') return `${plannedOn.slice(0, 4)}-12-31`;
  if (precision === 'MONTH') return dateOf(dayNumber(addMonths(`${plannedOn.slice(0, 7)}-01`, 1)) - 1);
  return plannedOn;
}

/**
 * Milestones that need attention: not yet happened and due within `DUE_SOON_DAYS` days, or overdue
 * (their planned date has passed). The ones coming up first, nearest first; then the overdue ones, the
 * most recently missed first — a step missed years ago is still listed, after the fresh ones.
 */
export function dueMilestones<M extends PlannedStep>(milestones: readonly M[], today: string): DueStep<M>[] {
  const due: DueStep<M>[] = [];
  for (const milestone of milestones) {
    if (milestone.actualOn || !milestone.plannedOn) continue;
    const dueBy = plannedDueBy(milestone.plannedOn, milestone.plannedOnPrecision);
    const daysLeft = daysBetween(today, dueBy);
    if (daysLeft <= DUE_SOON_DAYS) due.push({ milestone, dueBy, daysLeft });
  }
  const rank = (d: DueStep<M>) => (d.daysLeft >= 0 ? d.daysLeft : DUE_SOON_DAYS + 1 - d.daysLeft);
  return due.sort((a, b) => rank(a) - rank(b) || a.milestone.id.localeCompare(b.milestone.id));
}

/** How far back the list of others' changes looks, and how many it shows. */
export const RECENT_CHANGE_DAYS = 7;
export const RECENT_CHANGE_LIMIT = 10;

export interface ChangeEvent {
  at: string;
  user: { id: string } | null;
  userEmail: string | null;
}

/**
 * Changes by other officials: written within the last `RECENT_CHANGE_DAYS` days by someone who is not
 * the person reading, newest first, at most `RECENT_CHANGE_LIMIT`. The system's own writes (no author)
 * are no one's change. A removed account's events (user gone, email kept) still count as another's.
 */
export function changesByOthers<E extends ChangeEvent>(
  events: readonly E[],
  me: { id: string; email: string } | null,
  now: Date,
): E[] {
  const since = now.getTime() - RECENT_CHANGE_DAYS * DAY_MS;
  return events
    .filter((e) => Date.parse(e.at) >= since)
    .filter((e) => e.user || e.userEmail)
    .filter((e) => (e.user ? e.user.id !== me?.id : e.userEmail?.toLowerCase() !== me?.email.toLowerCase()))
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .slice(0, RECENT_CHANGE_LIMIT);
}
