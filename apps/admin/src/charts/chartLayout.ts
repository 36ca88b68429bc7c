import { decimalToNumber, type Locale } from '@bitgoeul/domain';
import { formatNumber } from '../format/format';

/** One point of a series, as the API gives it (SeriesPoint): exact decimal text and its period's days. */
export interface SeriesDatum {
  period: string;
  periodStart: string;
  periodEnd: string;
  value: string;
  complete: boolean;
}

/** A target: over its period's days, or — a deadline or the program's end — across the whole chart. */
export interface TargetDatum {
  value: string;
  periodStart?: string | null;
  periodEnd?: string | null;
}

export interface ChartBox {
  width: number;
  height: number;
  /** How many labels the time axis has room for. */
  maxTicks: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartLayout<T extends TargetDatum = TargetDatum> {
  plot: { left: number; top: number; right: number; bottom: number };
  yTicks: { y: number; label: string }[];
  xTicks: { x: number; label: string }[];
  points: {
    datum: SeriesDatum;
    x: number;
    y: number;
    bar: { x: number; y: number; width: number; height: number };
  }[];
  /** The value line as an SVG path, through the points in period order. */
  line: string;
  targets: { datum: T; x1: number; x2: number; y: number }[];
}

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** About `count` round steps (1, 2 or 5 × 10ⁿ) covering [min, max]. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0];
  if (min === max) {
    const pad = Math.abs(min) || 1;
    return niceTicks(min - (min === 0 ? 0 : pad), max + pad, count);
  }
  const raw = (max - min) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step = (error >= 7.07 ? 10 : error >= 3.16 ? 5 : error >= 1.41 ? 2 : 1) * power;
  const places = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  const ticks: number[] = [];
  for (let v = Math.floor(min / step) * step; v <= max + step * 1e-9; v += step) {
    ticks.push(Number(v.toFixed(places)));
  }
  if (ticks.at(-1)! < max) ticks.push(Number((ticks.at(-1)! + step).toFixed(places)));
  return ticks;
}

const MONTH_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Ticks at the start of years, or — over a short range — of months: "2021년" / "2021년 4월" in Korean,
 * "2021" / "Apr 2021" in English, few enough to be read.
 */
export function timeTicks(
  startDay: number,
  endDay: number,
  locale: Locale,
  maxTicks = 8,
): { day: number; label: string }[] {
  const start = new Date(startDay * DAY_MS);
  const end = new Date(endDay * DAY_MS);
  const years = end.getUTCFullYear() - start.getUTCFullYear();
  const ticks: { day: number; label: string }[] = [];
  if (years >= 3) {
    const step = Math.ceil((years + 1) / maxTicks);
    for (let y = start.getUTCFullYear(); y <= end.getUTCFullYear(); y += step) {
      const day = Date.UTC(y, 0, 1) / DAY_MS;
      if (day >= startDay && day <= endDay)
        ticks.push({ day, label: locale === 'ko' ? `${y}년` : String(y) });
    }
    return ticks;
  }
  const months = years * 12 + end.getUTCMonth() - start.getUTCMonth();
  const step = [1, 2, 3, 6].find((s) => Math.floor(months / s) + 1 <= maxTicks) ?? 12;
  for (let m = 0; m <= months + 1; m += 1) {
    const date = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + m, 1));
    const day = date.getTime() / DAY_MS;
    if (day < startDay || day > endDay || date.getUTCMonth() % step !== 0) continue;
    const [y, month] = [date.getUTCFullYear(), date.getUTCMonth()];
    ticks.push({ day, label: locale === 'ko' ? `${y}년 ${month + 1}월` : `${MONTH_EN[month]} ${y}` });
  }
  return ticks;
}

/** Where everything goes: a time axis over the periods' days, a value axis from zero (bars need it). */
export function layoutChart<T extends TargetDatum>(
  series: readonly SeriesDatum[],
  targets: readonly T[],
  box: ChartBox,
  locale: Locale,
): ChartLayout<T> {
  const plot = {
    left: box.margin.left,
    top: box.margin.top,
    right: box.width - box.margin.right,
    bottom: box.height - box.margin.bottom,
  };
  const spans = [...series, ...targets.filter((t) => t.periodStart && t.periodEnd)] as {
    periodStart: string;
    periodEnd: string;
  }[];
  const firstDay = Math.min(...spans.map((s) => dayOf(s.periodStart)));
  const lastDay = Math.max(...spans.map((s) => dayOf(s.periodEnd) + 1));
  const [d0, d1] = Number.isFinite(firstDay) ? [firstDay, lastDay] : [0, 1];
  const x = (day: number) => plot.left + ((day - d0) / (d1 - d0 || 1)) * (plot.right - plot.left);

  const values = [...series.map((p) => p.value), ...targets.map((t) => t.value)].map(decimalToNumber);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const [v0, v1] = [ticks[0]!, ticks.at(-1)!];
  const y = (value: number) => plot.bottom - ((value - v0) / (v1 - v0 || 1)) * (plot.bottom - plot.top);

  const points = series.map((datum) => {
    const [start, end] = [dayOf(datum.periodStart), dayOf(datum.periodEnd) + 1];
    const cx = x((start + end) / 2);
    const cy = y(decimalToNumber(datum.value));
    const width = Math.max(2, (x(end) - x(start)) * 0.7);
    const base = y(0);
    return {
      datum,
      x: cx,
      y: cy,
      bar: { x: cx - width / 2, y: Math.min(cy, base), width, height: Math.abs(base - cy) },
    };
  });
  return {
    plot,
    yTicks: ticks.map((v) => ({ y: y(v), label: formatNumber(v) })),
    xTicks: timeTicks(d0, d1, locale, box.maxTicks).map((t) => ({ x: x(t.day), label: t.label })),
    points,
    line: points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(''),
    targets: targets.map((datum) => {
      const within = datum.periodStart && datum.periodEnd;
      return {
        datum,
        x1: within ? x(dayOf(datum.periodStart!)) : plot.left,
        x2: within ? x(dayOf(datum.periodEnd!) + 1) : plot.right,
        y: y(decimalToNumber(datum.value)),
      };
    }),
  };
}
