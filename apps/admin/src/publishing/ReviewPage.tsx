import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Checkbox,
  Link as MuiLink,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useNotify, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber } from '../format/format';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import { PublicationActions, PublicationBadge, useTransition } from './PublicationSteps';
import type { QueueEntry } from './reviewQueue';
import { useReviewQueue } from './useReviewQueue';

const describeEntry = (entry: QueueEntry, locale: 'ko' | 'en') =>
  `${nameIn(entry.indicator.name, locale)} · ${entry.observation.periodLabel} · ${formatNumber(entry.observation.value)}`;

/**
 * One figure of the queue, after its row's own first cells: its indicator (linked), period and vintage,
 * value, the value the public reads now for the period, the time the row is about (submitted, or to be
 * released), its state and the steps open to the reader. Both of the page's tables show these.
 */
const FigureCells = ({
  entry,
  when,
  onDone,
}: {
  entry: QueueEntry;
  when: string | null | undefined;
  onDone: () => void;
}) => {
  const locale = useUiLocale();
  const translate = useTranslate();
  const o = entry.observation;
  return (
    <>
      <TableCell>
        <MuiLink component={Link} to={`/indicators/${encodeURIComponent(entry.indicator.id)}/show`}>
          {nameIn(entry.indicator.name, locale)}
        </MuiLink>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{`${o.periodLabel} (v${o.vintage})`}</TableCell>
      <TableCell align="right">{formatNumber(o.value)}</TableCell>
      <TableCell align="right" data-testid="previous-value">
        {entry.previous
          ? formatNumber(entry.previous.value)
          : translate('bitgoeul.publishing.review.noPrevious')}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(when ?? null, locale) || '-'}</TableCell>
      <TableCell>
        <PublicationBadge figure={o} />
      </TableCell>
      <TableCell>
        <PublicationActions figure={o} describe={describeEntry(entry, locale)} onDone={onDone} />
      </TableCell>
    </>
  );
};

/**
 * 검토 대기: the figures submitted for review, each beside the value the public reads now for the same
 * period, with approve and return; several may be approved at once, each sent on its own so that one
 * refusal (your own figure: four eyes) does not stop the others. Below, the approved and scheduled
 * figures still waiting for their release.
 */
export const ReviewPage = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const transition = useTransition();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.publishing.review.${key}`, args);
  const { data, error, isPending } = useReviewQueue();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [refusals, setRefusals] = useState<string[]>([]);
  const [approving, setApproving] = useState(false);

  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: ['bitgoeul', 'reviewQueue'] });
    void queryClient.invalidateQueries({ queryKey: ['bitgoeul', 'indicatorObservations'] });
  };

  const inReview = data?.inReview ?? [];
  const approvable = inReview.filter((e) => e.observation.availableActions.includes('APPROVE'));
  const chosen = inReview.filter((e) => selected.has(e.observation.id));
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const approveSelected = async () => {
    setApproving(true);
    const refused: string[] = [];
    let approved = 0;
    try {
      for (const entry of chosen) {
        const result = await transition({
          id: entry.observation.id,
          version: entry.observation.version,
          action: 'APPROVE',
        });
        if (result.ok) approved++;
        else
          refused.push(
            t('refusal', {
              indicator: nameIn(entry.indicator.name, locale),
              period: entry.observation.periodLabel,
              message: result.message,
            }),
          );
      }
    } finally {
      setApproving(false);
    }
    setRefusals(refused);
    setSelected(new Set());
    if (approved)
      notify('bitgoeul.publishing.review.bulkDone', { type: 'success', messageArgs: { count: approved } });
    reload();
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Card component="section" aria-labelledby="review-in-review" data-testid="review-in-review">
        <CardContent>
          <Typography id="review-in-review" variant="h6" component="h2">
            {t('title')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('hint')}
          </Typography>
          {error ? <Alert severity="error">{t('unavailable')}</Alert> : null}
          {refusals.length ? (
            <Alert
              severity="warning"
              data-testid="bulk-refusals"
              sx={{ mb: 2 }}
              onClose={() => setRefusals([])}
            >
              <Typography variant="subtitle2">{t('bulkRefused')}</Typography>
              <ul style={{ margin: 0, paddingInlineStart: '1.2em' }}>
                {refusals.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {isPending || error ? null : inReview.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('empty')}
            </Typography>
          ) : (
            <>
              <Button
                variant="contained"
                disabled={approving || chosen.length === 0}
                onClick={() => void approveSelected()}
                data-testid="approve-selected"
                sx={{ mb: 1 }}
              >
                {t('approveSelected', { count: chosen.length })}
              </Button>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell padding="checkbox">
                      <Checkbox
                        checked={
                          approvable.length > 0 && approvable.every((e) => selected.has(e.observation.id))
                        }
                        disabled={approvable.length === 0}
                        onChange={(e) =>
                          setSelected(
                            new Set(e.target.checked ? approvable.map((x) => x.observation.id) : []),
                          )
                        }
                        slotProps={{ input: { 'aria-label': t('selectAll') } }}
                      />
                    </TableCell>
                    <TableCell>{t('indicator')}</TableCell>
                    <TableCell>{t('period')}</TableCell>
                    <TableCell align="right">{t('value')}</TableCell>
                    <TableCell align="right">{t('previous')}</TableCell>
                    <TableCell>{t('submitted')}</TableCell>
                    <TableCell>{translate('bitgoeul.publishing.state')}</TableCell>
                    <TableCell>{translate('bitgoeul.publishing.steps')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {inReview.map((entry) => {
                    const o = entry.observation;
                    return (
                      <TableRow key={o.id} data-testid={`review-${entry.indicator.code}-${o.period}`}>
                        <TableCell padding="checkbox">
                          <Checkbox
                            checked={selected.has(o.id)}
                            onChange={() => toggle(o.id)}
                            slotProps={{
                              input: {
                                'aria-label': t('select', {
                                  indicator: nameIn(entry.indicator.name, locale),
                                  period: o.periodLabel,
                                }),
                              },
                            }}
                          />
                        </TableCell>
                        <FigureCells entry={entry} when={o.submittedAt} onDone={reload} />
                      </TableRow>
                    );
                  })}
                </TableBody>
              </Table>
            </>
          )}
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="review-release" data-testid="review-release" sx={{ mt: 2 }}>
        <CardContent>
          <Typography id="review-release" variant="h6" component="h2">
            {t('scheduledTitle')}
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {t('scheduledHint')}
          </Typography>
          {isPending || error ? null : (data?.awaitingRelease.length ?? 0) === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {t('scheduledEmpty')}
            </Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{t('indicator')}</TableCell>
                  <TableCell>{t('period')}</TableCell>
                  <TableCell align="right">{t('value')}</TableCell>
                  <TableCell align="right">{t('previous')}</TableCell>
                  <TableCell>{t('releaseAt')}</TableCell>
                  <TableCell>{translate('bitgoeul.publishing.state')}</TableCell>
                  <TableCell>{translate('bitgoeul.publishing.steps')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data?.awaitingRelease.map((entry) => {
                  const o = entry.observation;
                  return (
                    <TableRow key={o.id} data-testid={`release-${entry.indicator.code}-${o.period}`}>
                      <FigureCells entry={entry} when={o.releaseAt} onDone={reload} />
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Box>
  );
};
