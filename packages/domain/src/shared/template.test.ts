import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template.js';

describe('fillTemplate', () => {
  it('puts each value in its placeholder, as often as it is named', () => {
    expect(fillTemplate('{count} of {max}; {count} given', { count: 3, max: 10 })).toBe('3 of 10; 3 given');
  });

  it('leaves a placeholder with no value empty', () => {
    expect(fillTemplate('{field} must be at most {max} characters.', { field: 'Name' })).toBe(
      'Name must be at most  characters.',
    );
    expect(fillTemplate('at {position}', { position: undefined })).toBe('at ');
  });

  it('keeps numbers as written and text without placeholders as it is', () => {
    expect(fillTemplate('{n}', { n: 0 })).toBe('0');
    expect(fillTemplate('{n}', { n: 1.5 })).toBe('1.5');
    expect(fillTemplate('no placeholders here')).toBe('no placeholders here');
  });

  it('fills Korean text and leaves braces that are not a name alone', () => {
    expect(fillTemplate('하위 항목 {count}개', { count: 2 })).toBe('하위 항목 2개');
    expect(fillTemplate('{ not a name } {}', { x: 1 })).toBe('{ not a name } {}');
  });

  it('does not fill a value from another value', () => {
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
});
