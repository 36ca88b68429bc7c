import { comparePeriods, decimalToNumber, type Locale, periodLabel, toPeriod } from '@bitgoeul/domain';
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
  /**
   * `time`: periods where they fall in time. `periods`: one slot per figure, side by side in period
   * order — for figures over spans (January–April, January–May), which on a time axis would stand on
   * the same months and draw over each other.
   */
  axis: 'time' | 'periods';
  /** The room each figure has along the axis: its value label is written only if it fits. */
  pitch: number;
}

const DAY_MS = 86_400_000;
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/**
 * About how wide a text is in the chart's font, in px: Hangul and other wide letters a full em, digits
 * and Latin letters a little over half, punctuation and spaces less. Erring wide, so that what is
 * measured to fit does fit.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch)) em += 1;
    else if (/[\s.,:;'()[\]|!]/.test(ch)) em += 0.36;
    else if (/[A-Z0-9%~–—-]/.test(ch)) em += 0.66;
    else em += 0.58;
  }
  return em * fontSize;
}

/** The text, or as much of it as fits in `width` with an ellipsis ("목표 1,000 (사업…"); "" if nothing fits. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n--) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (textWidth(cut, fontSize) <= width) return cut;
  }
  return '';
}

/** Whether any two of the periods share a day (a month and the span holding it, two cumulative spans). */
function anyOverlap(series: readonly SeriesDatum[]): boolean {
  const sorted = [...series].sort((a, b) => a.periodStart.localeCompare(b.periodStart));
  return sorted.some((p, i) => i > 0 && p.periodStart <= sorted[i - 1]!.periodEnd);
}

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

/**
 * Where everything goes. Figures of periods that do not overlap (months, quarters, years) stand on a
 * time axis over their days; figures whose periods overlap — spans to date such as January–April and
 * January–May — each get a slot of their own, in period order, labelled with their period, so that no
 * bar hides another. The value axis starts from zero (bars need it).
 */
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
  const values = [...series.map((p) => p.value), ...targets.map((t) => t.value)].map(decimalToNumber);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values));
  const [v0, v1] = [ticks[0]!, ticks.at(-1)!];
  const y = (value: number) => plot.bottom - ((value - v0) / (v1 - v0 || 1)) * (plot.bottom - plot.top);
  const yTicks = ticks.map((v) => ({ y: y(v), label: formatNumber(v) }));
  const bar = (cx: number, cy: number, width: number) => {
    const base = y(0);
    return { x: cx - width / 2, y: Math.min(cy, base), width, height: Math.abs(base - cy) };
  };
  const line = (points: { x: number; y: number }[]) =>
    points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join('');

  const bySlot = series.some((p) => toPeriod(p.period).kind === 'SPAN') || anyOverlap(series);
  if (bySlot) {
    const ordered = [...series].sort((a, b) => comparePeriods(a.period, b.period));
    const slot = (plot.right - plot.left) / (ordered.length || 1);
    const points = ordered.map((datum, i) => {
      const cx = plot.left + slot * (i + 0.5);
      const cy = y(decimalToNumber(datum.value));
      return { datum, x: cx, y: cy, bar: bar(cx, cy, Math.max(2, slot * 0.6)) };
    });
    // Every period's label if they fit side by side, else every second, third… one.
    const font = box.maxTicks <= 3 ? 10 : 12;
    const widest = Math.max(0, ...ordered.map((d) => textWidth(periodLabel(d.period, locale), font)));
    const every = Math.max(1, Math.ceil((widest + 8) / slot));
    const within = (start: string, end: string) =>
      points.filter((p) => p.datum.periodStart >= start && p.datum.periodEnd <= end);
    return {
      plot,
      yTicks,
      xTicks: points
        .filter((_, i) => i % every === 0)
        .map((p) => ({
          x: p.x,
          label: fitText(periodLabel(p.datum.period, locale), slot * every - 4, font),
        })),
      points,
      line: line(points),
      targets: targets.flatMap((datum) => {
        if (!(datum.periodStart && datum.periodEnd)) {
          return [{ datum, x1: plot.left, x2: plot.right, y: y(decimalToNumber(datum.value)) }];
        }
        // A target over a period runs over the figures within it; with none, it has nothing to stand on.
        const over = within(datum.periodStart, datum.periodEnd);
        if (!over.length) return [];
        const x1 = over[0]!.x - slot / 2;
        const x2 = over.at(-1)!.x + slot / 2;
        return [{ datum, x1, x2, y: y(decimalToNumber(datum.value)) }];
      }),
      axis: 'periods',
      pitch: slot,
    };
  }

  const spans = [...series, ...targets.filter((t) => t.periodStart && t.periodEnd)] as {
    periodStart: string;
    periodEnd: string;
  }[];
  const firstDay = Math.min(...spans.map((s) => dayOf(s.periodStart)));
  const lastDay = Math.max(...spans.map((s) => dayOf(s.periodEnd) + 1));
  const [d0, d1] = Number.isFinite(firstDay) ? [firstDay, lastDay] : [0, 1];
  const x = (day: number) => plot.left + ((day - d0) / (d1 - d0 || 1)) * (plot.right - plot.left);

  const points = series.map((datum) => {
    const [start, end] = [dayOf(datum.periodStart), dayOf(datum.periodEnd) + 1];
    const cx = x((start + end) / 2);
    const cy = y(decimalToNumber(datum.value));
    return { datum, x: cx, y: cy, bar: bar(cx, cy, Math.max(2, (x(end) - x(start)) * 0.7)) };
  });
  const xs = points.map((p) => p.x).sort((a, b) => a - b);
  const pitch = xs.length > 1 ? Math.min(...xs.slice(1).map((v, i) => v - xs[i]!)) : plot.right - plot.left;
  return {
    plot,
    yTicks,
    xTicks: timeTicks(d0, d1, locale, box.maxTicks).map((t) => ({ x: x(t.day), label: t.label })),
    points,
    line: line(points),
    targets: targets.map((datum) => {
      const within = datum.periodStart && datum.periodEnd;
      return {
        datum,
        x1: within ? x(dayOf(datum.periodStart!)) : plot.left,
        x2: within ? x(dayOf(datum.periodEnd!) + 1) : plot.right,
        y: y(decimalToNumber(datum.value)),
      };
    }),
    axis: 'time',
    pitch,
  };
}

/**
 * Where a target's label goes: inside the plot, right-aligned at the end of its line and just above it
 * (below it where the line runs along the top), cut to the room there is — the whole label stays in
 * the chart's tooltip and accessible name. Never past the plot's right edge, so never clipped.
 */
export function targetLabel(
  text: string,
  line: { x1: number; x2: number; y: number },
  plot: ChartLayout['plot'],
  fontSize: number,
): { x: number; y: number; text: string } {
  const x = Math.min(line.x2, plot.right) - 2;
  const room = x - plot.left - 2;
  const above = line.y - 4;
  const y = above - fontSize < plot.top - fontSize / 2 ? line.y + fontSize + 2 : above;
  return { x, y, text: fitText(text, room, fontSize) };
}
