import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { figureWithUnit } from '../format/figures';
import { formatNumber } from '../format/format';
import { useNameOf } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';

const FIGURE = 'id name { ko en } unit latest { value periodLabel } progress { percent target { value } }';

const FACILITY_FIGURES = /* GraphQL */ `
  query FacilityFigures($id: ID!) {
    record: facility(id: $id) {
      id
      indicators { ${FIGURE} }
      programs { id name { ko en } indicators { ${FIGURE} } }
    }
  }
`;

const ZONE_FIGURES = /* GraphQL */ `
  query ZoneFigures($id: ID!) {
    record: zone(id: $id) {
      id
      indicators { ${FIGURE} }
      programs { id name { ko en } indicators { ${FIGURE} } }
    }
  }
`;

export const FIGURES_DOCUMENTS = { FACILITY_FIGURES, ZONE_FIGURES };

interface Figure {
  id: string;
  name: LocalizedText;
  unit: string;
  latest: { value: string; periodLabel: string } | null;
  progress: { percent: string | null; target: { value: string } } | null;
}

interface Figures {
  record: {
    id: string;
    indicators: Figure[];
    programs: { id: string; name: LocalizedText; indicators: Figure[] }[];
  };
}

/**
 * "How is it going?" on a facility's or a zone's page: the latest figure of each indicator about it, and of
 * each indicator of the programs it belongs to (the GGM plant's jobs are counted under its program), with
 * the target it is measured against.
 */
export const FiguresSection = ({ of }: { of: 'facility' | 'zone' }) => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const locale = useUiLocale();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const t = (key: string, options?: Record<string, unknown>) => translate(`bitgoeul.figures.${key}`, options);
  const name = useNameOf();
  const figures = useQuery({
    queryKey: ['bitgoeul', 'figures', of, record?.id],
    queryFn: () =>
      dataProvider.query<Figures>(of === 'facility' ? FACILITY_FIGURES : ZONE_FIGURES, { id: record!.id }),
    enabled: Boolean(record?.id),
  });
  if (!figures.data) return null;
  const { indicators, programs } = figures.data.record;
  const rows = [
    ...indicators.map((figure) => ({ figure, via: null as { id: string; name: LocalizedText } | null })),
    ...programs.flatMap((p) => p.indicators.map((figure) => ({ figure, via: { id: p.id, name: p.name } }))),
  ];
  if (!rows.length) return <Typography variant="body2">{t('none')}</Typography>;
  const withUnit = (value: string, unit: string) => figureWithUnit(value, unit, locale);
  return (
    <Table size="small" aria-label={t('title')} data-testid="figures">
      <TableHead>
        <TableRow>
          <TableCell>{t('indicator')}</TableCell>
          <TableCell align="right">{t('latest')}</TableCell>
          <TableCell>{t('period')}</TableCell>
          <TableCell align="right">{t('target')}</TableCell>
          <TableCell>{t('via')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(({ figure, via }) => (
          <TableRow key={`${via?.id ?? 'own'}:${figure.id}`}>
            <TableCell>
              <Link to={createPath({ resource: 'indicators', id: figure.id, type: 'show' })}>
                {name(figure.name)}
              </Link>
            </TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {figure.latest ? withUnit(figure.latest.value, figure.unit) : '-'}
            </TableCell>
            <TableCell>{figure.latest?.periodLabel ?? '-'}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {figure.progress
                ? `${withUnit(figure.progress.target.value, figure.unit)}${figure.progress.percent ? ` (${formatNumber(figure.progress.percent)}%)` : ''}`
                : '-'}
            </TableCell>
            <TableCell>
              {via ? (
                <Link to={createPath({ resource: 'programs', id: via.id, type: 'show' })}>
                  {name(via.name)}
                </Link>
              ) : (
                t('own')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
