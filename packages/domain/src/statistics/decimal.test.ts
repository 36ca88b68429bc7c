import { describe, expect, it } from 'vitest';
import { validateWith } from '../shared/validation.js';
import {
  absDecimal,
  addDecimals,
  canonicalDecimal,
  compareDecimals,
  decimalSign,
  decimalString,
  decimalToNumber,
  divideDecimals,
  isDecimal,
  multiplyDecimals,
  negateDecimal,
  roundDecimal,
  subtractDecimals,
  sumDecimals,
  toFixedDecimal,
} from './decimal.js';

describe('canonical form', () => {
  it.each([
    ['2769', '2769'],
    ['+007.50', '7.5'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['0.05', '0.05'],
    ['-12.340', '-12.34'],
    ['100', '100'],
    ['123456789012345678901234567890.5', '123456789012345678901234567890.5'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalDecimal(input)).toBe(expected);
  });

  it('refuses anything that is not a plain decimal', () => {
    for (const bad of ['', '.5', '5.', '1e3', '2,769', 'NaN', '1.2.3', ' 1', '--1', '0x10']) {
      expect(isDecimal(bad)).toBe(false);
      expect(() => canonicalDecimal(bad)).toThrow(RangeError);
    }
  });
});

describe('arithmetic is exact', () => {
  it('adds without float error', () => {
    expect(addDecimals('0.1', '0.2')).toBe('0.3');
    expect(addDecimals('9007199254740993', '1')).toBe('9007199254740994');
    expect(addDecimals('-1.5', '1.5')).toBe('0');
  });

  it('subtracts, multiplies and sums', () => {
    expect(subtractDecimals('2769', '2583')).toBe('186');
    expect(subtractDecimals('1', '1.25')).toBe('-0.25');
    expect(multiplyDecimals('1.1', '1.1')).toBe('1.21');
    expect(multiplyDecimals('-480', '10000')).toBe('-4800000');
    expect(sumDecimals(['0.1', '0.2', '0.3'])).toBe('0.6');
    expect(sumDecimals([])).toBe('0');
  });

  it('compares across scales', () => {
    expect(compareDecimals('1.10', '1.1')).toBe(0);
    expect(compareDecimals('-2', '1')).toBe(-1);
    expect(compareDecimals('10', '9.999')).toBe(1);
    expect(decimalSign('-0.01')).toBe(-1);
    expect(decimalSign('0.00')).toBe(0);
  });

  it('negates and takes absolute values', () => {
    expect(negateDecimal('5.5')).toBe('-5.5');
    expect(negateDecimal('0')).toBe('0');
    expect(absDecimal('-3.20')).toBe('3.2');
  });
});

describe('division and rounding', () => {
  it('divides to a number of places, HALF_UP by default', () => {
    expect(divideDecimals('1', '3', 4)).toBe('0.3333');
    expect(divideDecimals('2', '3', 2)).toBe('0.67');
    expect(divideDecimals('276900', '107.2', 1)).toBe('2583');
    expect(divideDecimals('276900', '107.2', 3)).toBe('2583.022');
    expect(divideDecimals('-1', '8', 2)).toBe('-0.13');
    expect(divideDecimals('1', '-8', 2)).toBe('-0.13');
    expect(divideDecimals('-1', '-8', 2)).toBe('0.13');
  });

  it('rounds halves away from zero with HALF_UP and to even with HALF_EVEN', () => {
    expect(roundDecimal('7.25', 1)).toBe('7.3');
    expect(roundDecimal('-7.25', 1)).toBe('-7.3');
    expect(roundDecimal('7.25', 1, 'HALF_EVEN')).toBe('7.2');
    expect(roundDecimal('7.35', 1, 'HALF_EVEN')).toBe('7.4');
    expect(roundDecimal('-7.25', 1, 'HALF_EVEN')).toBe('-7.2');
    expect(roundDecimal('7.2501', 1, 'HALF_EVEN')).toBe('7.3');
    expect(divideDecimals('5', '2', 0, 'HALF_EVEN')).toBe('2');
    expect(divideDecimals('5', '2', 0)).toBe('3');
  });

  it('leaves values that already fit alone', () => {
    expect(roundDecimal('7.2', 3)).toBe('7.2');
    expect(roundDecimal('1999.5', 0)).toBe('2000');
  });

  it('shows a fixed number of places for display', () => {
    expect(toFixedDecimal('7', 1)).toBe('7.0');
    expect(toFixedDecimal('53', 1)).toBe('53.0');
    expect(toFixedDecimal('-0.04', 1)).toBe('0.0');
    expect(toFixedDecimal('1234.5678', 2)).toBe('1234.57');
    expect(toFixedDecimal('2.5', 0)).toBe('3');
  });

  it('refuses division by zero and impossible place counts', () => {
    expect(() => divideDecimals('1', '0.00', 2)).toThrow('Division by zero');
    expect(() => divideDecimals('1', '3', -1)).toThrow(RangeError);
    expect(() => roundDecimal('1', 1.5)).toThrow(RangeError);
  });

  it('converts to a number only on request', () => {
    expect(decimalToNumber('7.2')).toBe(7.2);
  });
});

describe('decimalString (zod)', () => {
  it('accepts what people and spreadsheets type, and stores the canonical form', () => {
    expect(decimalString.parse('2,769')).toBe('2769');
    expect(decimalString.parse(' 1,234,567.50 ')).toBe('1234567.5');
    expect(decimalString.parse(7.2)).toBe('7.2');
    expect(decimalString.parse('-0')).toBe('0');
  });

  it('refuses badly grouped numbers, exponents and non-numbers with an example', () => {
    for (const bad of ['27,69', '1e3', 1e21, 'abc', '']) {
      const result = validateWith(decimalString, bad);
      expect(result.ok).toBe(false);
    }
    expect(validateWith(decimalString, '27,69')).toEqual({
      ok: false,
      issues: [{ field: '', code: 'INVALID_FORMAT', params: { example: '2769, 2,769 or 7.2' } }],
    });
  });
});
