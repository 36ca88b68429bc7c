import { type Locale, periodLabel } from '@bitgoeul/domain';
import { Box } from '@mui/material';
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { formatNumber } from '../format/format';
import {
  type ChartBox,
  layoutChart,
  type SeriesDatum,
  type TargetDatum,
  targetLabel,
  textWidth,
} from './chartLayout';

const VALUE_COLOUR = '#1976d2';
const TARGET_COLOUR = '#d32f2f';
const AXIS_COLOUR = '#757575';
const GRID_COLOUR = '#e0e0e0';

export interface ChartTarget extends TargetDatum {
  /** "목표 1,000" or "목표 1,000 (2021년)", written next to the line. */
  label: string;
}

export interface SeriesChartProps {
  series: readonly SeriesDatum[];
  targets: readonly ChartTarget[];
  kind: 'line' | 'bar';
  locale: Locale;
  /** "명", "개사": written after each value. */
  unit: string;
  /** Axis titles and legend entries, in the UI language. */
  labels: { x: string; y: string; value: string; target: string; incomplete: string };
  title: string;
  /** The small version on the dashboard: no value labels, no axis titles. */
  compact?: boolean;
}

const FULL: ChartBox = {
  width: 760,
  height: 320,
  maxTicks: 8,
  margin: { top: 36, right: 24, bottom: 48, left: 80 },
};
const SMALL: ChartBox = {
  width: 360,
  height: 160,
  maxTicks: 3,
  margin: { top: 18, right: 12, bottom: 26, left: 48 },
};

/** The box at the width the chart is given: it fills its card, its letters keep their size. */
function boxAt(base: ChartBox, width: number | null): ChartBox {
  if (!width) return base;
  const w = Math.max(240, Math.round(width));
  // A time-axis label ("2021년 4월") needs about 90 px.
  const maxTicks = Math.max(
    2,
    Math.min(base.maxTicks === 3 ? 6 : 12, Math.floor((w - base.margin.left) / 90)),
  );
  return { ...base, width: w, maxTicks };
}

/** The width of an element, followed as it changes (null until measured, and where nothing is laid out). */
function useWidth<E extends HTMLElement>(): [RefObject<E | null>, number | null] {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(element.getBoundingClientRect().width || null);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** A series as SVG of our own (no chart library to load): bars or a line, the targets dashed over them. */
export const SeriesChart = ({
  series,
  targets,
  kind,
  locale,
  unit,
  labels,
  title,
  compact,
}: SeriesChartProps) => {
  const [ref, measured] = useWidth<HTMLDivElement>();
  const box = boxAt(compact ? SMALL : FULL, measured);
  const layout = layoutChart(series, targets, box, locale);
  const { plot } = layout;
  const font = compact ? 10 : 12;
  // Value labels where each fits over its own figure.
  const valueLabels =
    series.length <= 16 &&
    layout.points.every((p) => textWidth(formatNumber(p.datum.value), font - 1) + 4 <= layout.pitch);
  const withUnit = (value: string) =>
    `${formatNumber(value)}${unit && !/^[a-z]/i.test(unit) ? unit : ` ${unit}`}`;
  return (
    <Box ref={ref} sx={{ width: '100%' }}>
      <Box
        component="svg"
        viewBox={`0 0 ${box.width} ${box.height}`}
        width={box.width}
        height={box.height}
        role="img"
        aria-label={[title, ...targets.map((t) => t.label)].join(', ')}
        data-testid="series-chart"
        data-axis={layout.axis}
        sx={{ width: '100%', height: 'auto', display: 'block', fontFamily: 'inherit', overflow: 'hidden' }}
      >
        <title>{title}</title>
        {layout.yTicks.map((tick) => (
          <g key={`y${tick.label}`}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke={GRID_COLOUR} />
            <text
              x={plot.left - 6}
              y={tick.y}
              fontSize={font}
              fill={AXIS_COLOUR}
              textAnchor="end"
              dominantBaseline="middle"
            >
              {tick.label}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke={AXIS_COLOUR} />
        {layout.xTicks.map((tick) => {
          // A label at either end is kept inside the chart rather than centred past its edge.
          const half = textWidth(tick.label, font) / 2;
          const x = Math.min(Math.max(tick.x, half + 2), box.width - half - 2);
          return (
            <g key={`x${tick.x.toFixed(1)}`}>
              <line x1={tick.x} x2={tick.x} y1={plot.bottom} y2={plot.bottom + 4} stroke={AXIS_COLOUR} />
              <text x={x} y={plot.bottom + 6 + font} fontSize={font} fill={AXIS_COLOUR} textAnchor="middle">
                {tick.label}
              </text>
            </g>
          );
        })}
        {compact ? null : (
          <>
            <text
              x={(plot.left + plot.right) / 2}
              y={box.height - 6}
              fontSize={font}
              fill={AXIS_COLOUR}
              textAnchor="middle"
            >
              {labels.x}
            </text>
            <text
              transform={`translate(16 ${(plot.top + plot.bottom) / 2}) rotate(-90)`}
              fontSize={font}
              fill={AXIS_COLOUR}
              textAnchor="middle"
            >
              {labels.y}
            </text>
            <g fontSize={font} transform={`translate(${plot.left} 14)`}>
              <rect width={12} height={12} y={-10} fill={VALUE_COLOUR} />
              <text x={16}>{labels.value}</text>
              {targets.length ? (
                <>
                  <line
                    x1={90}
                    x2={114}
                    y1={-4}
                    y2={-4}
                    stroke={TARGET_COLOUR}
                    strokeWidth={2}
                    strokeDasharray="6 4"
                  />
                  <text x={118}>{labels.target}</text>
                </>
              ) : null}
              {series.some((p) => !p.complete) ? (
                <>
                  <rect
                    x={180}
                    width={12}
                    height={12}
                    y={-10}
                    fill="none"
                    stroke={VALUE_COLOUR}
                    strokeDasharray="2 2"
                  />
                  <text x={196}>{labels.incomplete}</text>
                </>
              ) : null}
            </g>
          </>
        )}
        {kind === 'line' && layout.points.length > 1 ? (
          <path d={layout.line} fill="none" stroke={VALUE_COLOUR} strokeWidth={2} />
        ) : null}
        {layout.points.map(({ datum, x, y, bar }) => (
          <g key={datum.period} data-period={datum.period} data-value={datum.value}>
            <title>{`${periodLabel(datum.period, locale)}: ${withUnit(datum.value)}`}</title>
            {kind === 'bar' ? (
              <rect
                {...bar}
                fill={datum.complete ? VALUE_COLOUR : 'none'}
                stroke={VALUE_COLOUR}
                strokeDasharray={datum.complete ? undefined : '2 2'}
              />
            ) : (
              <circle
                cx={x}
                cy={y}
                r={compact ? 2.5 : 4}
                fill={datum.complete ? VALUE_COLOUR : '#fff'}
                stroke={VALUE_COLOUR}
                strokeWidth={2}
              />
            )}
            {valueLabels ? (
              <text x={x} y={Math.min(y, bar.y) - 6} fontSize={font - 1} textAnchor="middle" fill="#424242">
                {formatNumber(datum.value)}
              </text>
            ) : null}
          </g>
        ))}
        {layout.targets.map(({ datum, x1, x2, y }) => {
          const label = targetLabel(datum.label, { x1, x2, y }, plot, font - 1);
          return (
            <g key={`${datum.label}-${datum.periodStart ?? ''}`} data-target={datum.value}>
              <title>{datum.label}</title>
              <line
                x1={x1}
                x2={x2}
                y1={y}
                y2={y}
                stroke={TARGET_COLOUR}
                strokeWidth={2}
                strokeDasharray="6 4"
              />
              {label.text ? (
                <text
                  x={label.x}
                  y={label.y}
                  fontSize={font - 1}
                  fill={TARGET_COLOUR}
                  textAnchor="end"
                  stroke="#fff"
                  strokeWidth={3}
                  paintOrder="stroke"
                  data-target-label={datum.label}
                >
                  {label.text}
                </text>
              ) : null}
            </g>
          );
        })}
      </Box>
    </Box>
  );
};
