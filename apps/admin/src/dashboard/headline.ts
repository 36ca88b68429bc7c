import {
  comparePeriods,
  isSameKindOfPeriod,
  periodMonthCount,
  previousYearPeriod,
  toPeriod,
  type YoyChange,
  yoyChange,
} from '@bitgoeul/domain';

/** A figure as the API lists it; vintage and supersededAt when the list holds corrections too. */
export interface Figure {
  period: string;
  value: string;
  vintage?: number | null;
  supersededAt?: string | null;
}

export interface Headline<F extends Figure = Figure> {
  /** The figure the card shows. */
  figure: F;
  /** The same kind of period a year earlier (2020-01/2020-04 for 2021-01/2021-04): what it is compared with. */
  comparedPeriod: string;
  /** The current figure for `comparedPeriod`; null when none is on record. */
  compared: F | null;
  /** The change from `compared` to `figure` (the domain's yoyChange); null without `compared`. */
  change: YoyChange | null;
}

/**
 * One figure per period, the current vintage: a corrected figure replaces the one it superseded. A list
 * that already holds current vintages only (the API's default) comes back as it was, in period order.
 */
export function currentFigures<F extends Figure>(figures: readonly F[]): F[] {
  const byPeriod = new Map<string, F>();
  for (const figure of figures) {
    if (figure.supersededAt) continue;
    const period = toPeriod(figure.period).text;
    const held = byPeriod.get(period);
    if (!held || (figure.vintage ?? 0) > (held.vintage ?? 0)) byPeriod.set(period, figure);
  }
  return [...byPeriod.values()].sort((a, b) => comparePeriods(a.period, b.period));
}

/**
 * Which figure of an indicator a dashboard card shows, and what it is compared with.
 *
 * The rule: take the current figures of the latest year on record (the year the latest figure ends in),
 * and of those the one that covers the most of that year — a whole year before January–May, January–May
 * before January–April, a quarter before a month; between equally long figures, the most recent. So
 * recording June and July after a January–April total leaves the card on January–April (the figure that
 * says most about the year), and a January–May total, or its correction, takes its place.
 *
 * The figure is compared only with the same kind of period a year earlier: January–April with
 * January–April, a month with the same month, a quarter with the same quarter, a year with the year
 * before. When that figure is not on record, `compared` and `change` are null — never a figure of
 * another kind. Figures over a span that crosses into the latest year (November–February) count for it
 * only when nothing lies within the year.
 */
export function headlineFigure<F extends Figure>(figures: readonly F[]): Headline<F> | null {
  const current = currentFigures(figures);
  if (current.length === 0) return null;
  const parsed = current.map((figure) => ({ figure, period: toPeriod(figure.period) }));
  const year = Math.max(...parsed.map((p) => p.period.to.year));
  const within = parsed.filter((p) => p.period.from.year === year && p.period.to.year === year);
  const candidates = within.length ? within : parsed.filter((p) => p.period.to.year === year);
  const chosen = candidates.reduce((best, next) => {
    const longer = periodMonthCount(next.period) - periodMonthCount(best.period);
    if (longer !== 0) return longer > 0 ? next : best;
    return comparePeriods(next.period, best.period) > 0 ? next : best;
  });
  const comparedPeriod = previousYearPeriod(chosen.period);
  const compared =
    parsed.find((p) => p.period.text === comparedPeriod.text && isSameKindOfPeriod(p.period, chosen.period))
      ?.figure ?? null;
  return {
    figure: chosen.figure,
    comparedPeriod: comparedPeriod.text,
    compared,
    change: compared ? yoyChange(chosen.figure.value, compared.value) : null,
  };
}
