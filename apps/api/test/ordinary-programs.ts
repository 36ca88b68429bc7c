import { PROGRAM_COLUMNS } from '@bitgoeul/domain';
import { ARTICLE_SOURCE } from '../src/db/seed/sources.js';

/**
 * Program rows of ordinary size, shaped like the seed's (a Korean and an English name and summary, an
 * area, a status, a start date, a source): about 410 bytes a row as JSON and 295 as CSV.
 */
export function ordinaryProgramRows(count: number, prefix = 'BULK') {
  return Array.from({ length: count }, (_, i) => {
    const n = String(i + 1).padStart(5, '0');
    return {
      row: i + 2,
      code: `${prefix}-${n}`,
      nameKo: `광주 인공지능 실증 지원 ${n}`,
      nameEn: `Gwangju AI testbed support ${n}`,
      summaryKo: '인공지능 기업이 실증 장비와 데이터를 빌려 쓰도록 지원하는 사업.',
      summaryEn: 'Lends AI companies test equipment and data for trials.',
      area: 'AI',
      status: 'IMPLEMENTATION',
      plannedStart: '2021-03-01',
      sourceCodes: ARTICLE_SOURCE,
    };
  });
}

/** The same rows as the cells of a sheet under the Korean template's headers. */
export function ordinaryProgramSheet(count: number, prefix = 'BULK'): string[][] {
  const keys = PROGRAM_COLUMNS.specs.map((c) => c.key);
  return [
    PROGRAM_COLUMNS.headers('ko'),
    ...ordinaryProgramRows(count, prefix).map((row) =>
      keys.map((key) => (row as Record<string, unknown>)[key]?.toString() ?? ''),
    ),
  ];
}
