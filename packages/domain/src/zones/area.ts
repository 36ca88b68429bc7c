import { z } from 'zod';
import { defineCodeList } from '../shared/code-list.js';
import { AREA_MAX } from '../shared/limits.js';
import { positiveNumber } from '../shared/record.js';

/** The unit a source gave an area in; kept so the figure can be shown as the source wrote it. */
export const AreaUnit = defineCodeList('AreaUnit', {
  PYEONG: { ko: '평', en: 'pyeong' },
  M2: { ko: '㎡', en: 'm²' },
  KM2: { ko: '㎢', en: 'km²' },
});
export type AreaUnit = (typeof AreaUnit.codes)[number];

/**
 * 1 평 = 400/121 m², exactly (≈ 3.305785 m²). A 평 is one 간 squared; the 간 is 6 자 and the 자 was
 * fixed at 10/33 m, so 1 간 = 20/11 m and 1 평 = (20/11)² m². Korean statutes and the 계량법
 * conversion tables use this ratio; the familiar "3.3058" is its rounding. We keep the ratio as a
 * fraction and multiply before dividing so that round numbers stay round (121 평 = 400 m²).
 */
export const SQUARE_METRES_PER_PYEONG_NUMERATOR = 400;
export const SQUARE_METRES_PER_PYEONG_DENOMINATOR = 121;

export const AreaInput = z
  .object({
    value: positiveNumber(AREA_MAX),
    unit: AreaUnit.schema,
  })
  .strict();
export type Area = z.output<typeof AreaInput>;

export function areaToSquareMetres(area: Area): number {
  switch (area.unit) {
    case 'M2':
      return area.value;
    case 'KM2':
      return area.value * 1_000_000;
    case 'PYEONG':
      return (area.value * SQUARE_METRES_PER_PYEONG_NUMERATOR) / SQUARE_METRES_PER_PYEONG_DENOMINATOR;
  }
}

export function squareMetresToPyeong(squareMetres: number): number {
  return (squareMetres * SQUARE_METRES_PER_PYEONG_DENOMINATOR) / SQUARE_METRES_PER_PYEONG_NUMERATOR;
}

/** Expresses an area in another unit (for display next to the source's own figure). */
export function convertArea(area: Area, to: AreaUnit): Area {
  const m2 = areaToSquareMetres(area);
  if (to === 'M2') return { value: m2, unit: to };
  if (to === 'KM2') return { value: m2 / 1_000_000, unit: to };
  return { value: squareMetresToPyeong(m2), unit: to };
}
