import { FacilityStatus, MilestoneKind } from '@bitgoeul/domain';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { useCreatePath, useListContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDate } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';

interface MilestoneRecord {
  id: string;
  kind: MilestoneKind;
  title: { ko: string; en: string | null } | null;
  plannedOn: string | null;
  plannedOnPrecision: 'DAY' | 'MONTH' | 'YEAR';
  actualOn: string | null;
  actualOnPrecision: 'DAY' | 'MONTH' | 'YEAR';
  impliedStatus: FacilityStatus | null;
}

/**
 * A facility's lifecycle as a timeline of its dated steps: what happened (filled dot, actual date) and what
 * is planned (hollow dot, planned date), each with the lifecycle status it implies.
 */
export const FacilityTimeline = () => {
  const { data, isPending } = useListContext<MilestoneRecord>();
  const locale = useUiLocale();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (isPending) return null;
  if (!data?.length)
    return <Typography variant="body2">{translate('bitgoeul.facilities.noMilestones')}</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }} data-testid="timeline">
      {data.map((m, i) => {
        const happened = Boolean(m.actualOn);
        return (
          <Stack key={m.id} component="li" direction="row" gap={2} sx={{ position: 'relative', pb: 2 }}>
            <Box sx={{ position: 'relative', width: 16, flexShrink: 0 }}>
              <Box
                sx={{
                  width: 14,
                  height: 14,
                  mt: 0.5,
                  borderRadius: '50%',
                  border: '2px solid',
                  borderColor: 'primary.main',
                  bgcolor: happened ? 'primary.main' : 'background.paper',
                }}
              />
              {i < data.length - 1 ? (
                <Box
                  sx={{ position: 'absolute', left: 7, top: 20, bottom: -4, width: 2, bgcolor: 'divider' }}
                />
              ) : null}
            </Box>
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                <Link to={createPath({ resource: 'milestones', id: m.id, type: 'edit' })}>
                  {(m.title && ((locale === 'en' && m.title.en) || m.title.ko)) ||
                    MilestoneKind.label(m.kind, locale)}
                </Link>
                {m.impliedStatus ? (
                  <Chip size="small" sx={{ ml: 1 }} label={FacilityStatus.label(m.impliedStatus, locale)} />
                ) : null}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {happened
                  ? `${translate('resources.milestones.fields.actualOn')}: ${formatDate(m.actualOn, locale, m.actualOnPrecision)}`
                  : `${translate('resources.milestones.fields.plannedOn')}: ${formatDate(m.plannedOn, locale, m.plannedOnPrecision) || '-'}`}
              </Typography>
            </Box>
          </Stack>
        );
      })}
    </Box>
  );
};
