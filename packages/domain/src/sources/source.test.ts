import { describe, expect, it } from 'vitest';
import { formatIssue } from '../shared/validation.js';
import { isHttpUrl, SOURCE_FIELD_LABELS, SourceKind, validateSource } from './source.js';

// The URL and dates are illustrative: the seed text carries neither.
const article = {
  code: 'HANKYUNG-2021-GWANGJU',
  kind: 'PRESS',
  title: "미래車·AI '양 날개'…빛고을, 4차 산업혁명 중심 도시로",
  publisher: '한국경제',
  author: '임동률',
  url: 'https://www.hankyung.com/article/2021061700001',
  publishedOn: '2021-06-17',
  retrievedOn: '2021-06-20',
};

describe('SourceKind', () => {
  it('has the four kinds', () => {
    expect(SourceKind.codes).toEqual(['PRESS', 'OFFICIAL_STATISTICS', 'GAZETTE', 'INTERNAL']);
  });
});

describe('validateSource', () => {
  it('accepts the seed article', () => {
    const result = validateSource(article);
    expect(result.ok).toBe(true);
    expect(result.ok && result.value.author).toBe('임동률');
  });

  it('accepts a source without URL, author or dates, blank URL meaning none', () => {
    const result = validateSource({
      ...article,
      url: ' ',
      author: '',
      publishedOn: null,
      retrievedOn: undefined,
    });
    expect(result.ok && [result.value.url, result.value.author, result.value.publishedOn]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('refuses a URL that is not http(s), with an example', () => {
    for (const url of ['ftp://example.com/x', 'javascript:alert(1)', 'www.hankyung.com', 'https://']) {
      const result = validateSource({ ...article, url });
      expect(result).toEqual({
        ok: false,
        issues: [
          { field: 'url', code: 'INVALID_FORMAT', params: { example: 'https://www.hankyung.com/article/…' } },
        ],
      });
    }
  });

  it('refuses retrieving before publishing, naming both fields', () => {
    const result = validateSource({ ...article, retrievedOn: '2021-06-16' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      { field: 'retrievedOn', code: 'END_BEFORE_START', params: { other: 'publishedOn' } },
    ]);
    expect(formatIssue(result.issues[0]!, 'ko', SOURCE_FIELD_LABELS)).toBe(
      '열람일은(는) 발행일보다 빠를 수 없습니다.',
    );
  });

  it('accepts retrieving on the day of publication', () => {
    expect(validateSource({ ...article, retrievedOn: '2021-06-17' }).ok).toBe(true);
  });

  it('refuses impossible dates, a blank title and a code that is not UPPER-KEBAB', () => {
    const result = validateSource({
      ...article,
      publishedOn: '2021-02-30',
      title: '  ',
      code: 'hankyung 2021',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { field: 'publishedOn', code: 'INVALID_DATE' },
        { field: 'title', code: 'BLANK', params: {} },
        { field: 'code', code: 'INVALID_FORMAT', params: { example: 'GWANGJU-TYPE-JOBS' } },
      ]),
    );
    const blank = result.issues.find((i) => i.field === 'title')!;
    expect(formatIssue(blank, 'ko', SOURCE_FIELD_LABELS)).toBe(
      '제목은(는) 공백이나 보이지 않는 문자만으로 채울 수 없습니다.',
    );
    expect(formatIssue(blank, 'en', SOURCE_FIELD_LABELS)).toBe(
      'Title cannot be blank (spaces or invisible characters only).',
    );
  });

  it('keeps a missing publisher and note as none, and refuses fields a source does not have', () => {
    const result = validateSource({ ...article, publisher: ' ', note: '' });
    expect(result.ok && [result.value.publisher, result.value.note]).toEqual([null, null]);
    expect(validateSource({ ...article, visibility: 'PUBLIC' }).ok).toBe(false);
  });

  it('refuses a missing title and kind, and a date outside the calendar the system keeps', () => {
    const result = validateSource({ code: 'KOSIS-2021', publishedOn: '1850-01-01' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual(
      expect.arrayContaining([
        { field: 'title', code: 'REQUIRED' },
        expect.objectContaining({ field: 'kind' }),
        expect.objectContaining({ field: 'publishedOn', code: 'DATE_OUT_OF_RANGE' }),
      ]),
    );
  });
});

describe('isHttpUrl', () => {
  it('accepts http and https with a host', () => {
    expect(isHttpUrl('http://gwangju.go.kr')).toBe(true);
    expect(isHttpUrl('https://kosis.kr/statHtml/statHtml.do?orgId=101')).toBe(true);
    expect(isHttpUrl('mailto:exian@hankyung.com')).toBe(false);
    expect(isHttpUrl('not a url')).toBe(false);
  });
});
