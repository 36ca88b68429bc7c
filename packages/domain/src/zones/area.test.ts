import { describe, expect, it } from 'vitest';
import { validateWith } from '../shared/validation.js';
import { AreaInput, areaToSquareMetres, convertArea, squareMetresToPyeong } from './area.js';

describe('평 ↔ m² (1 평 = 400/121 m²)', () => {
  it('converts round figures exactly', () => {
    expect(areaToSquareMetres({ value: 121, unit: 'PYEONG' })).toBe(400);
    expect(squareMetresToPyeong(400)).toBe(121);
    expect(areaToSquareMetres({ value: 1_210_000, unit: 'PYEONG' })).toBe(4_000_000);
  });

  it('gives the familiar 3.3058 m² for one 평', () => {
    expect(areaToSquareMetres({ value: 1, unit: 'PYEONG' })).toBeCloseTo(3.305785, 6);
    expect(squareMetresToPyeong(1)).toBeCloseTo(0.3025, 10);
  });

  it('round-trips', () => {
    const m2 = areaToSquareMetres({ value: 987_654, unit: 'PYEONG' });
    expect(squareMetresToPyeong(m2)).toBeCloseTo(987_654, 6);
  });

  it('handles m² and km²', () => {
    expect(areaToSquareMetres({ value: 12.5, unit: 'M2' })).toBe(12.5);
    expect(areaToSquareMetres({ value: 3.5, unit: 'KM2' })).toBe(3_500_000);
  });

  it('converts between any two units', () => {
    expect(convertArea({ value: 1, unit: 'KM2' }, 'M2')).toEqual({ value: 1_000_000, unit: 'M2' });
    expect(convertArea({ value: 4_000_000, unit: 'M2' }, 'PYEONG')).toEqual({
      value: 1_210_000,
      unit: 'PYEONG',
    });
    expect(convertArea({ value: 1_210_000, unit: 'PYEONG' }, 'KM2')).toEqual({ value: 4, unit: 'KM2' });
  });
});

describe('AreaInput', () => {
  it('refuses zero, negative and unknown units', () => {
    expect(validateWith(AreaInput, { value: 0, unit: 'M2' })).toEqual({
      ok: false,
      issues: [{ field: 'value', code: 'MUST_BE_POSITIVE', params: {} }],
    });
    expect(validateWith(AreaInput, { value: -5, unit: 'M2' }).ok).toBe(false);
    expect(validateWith(AreaInput, { value: 5, unit: 'ACRE' })).toEqual({
      ok: false,
      issues: [{ field: 'unit', code: 'UNKNOWN_CODE', params: { allowed: 'PYEONG, M2, KM2' } }],
    });
  });
});
