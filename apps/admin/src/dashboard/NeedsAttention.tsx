import { MilestoneKind, periodLabel } from '@bitgoeul/domain';
import {
  Box,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  Link as MuiLink,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataProvider, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { canReadHistory } from '../auth/access';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { formatDate, formatDateTime, formatNumber } from '../format/format';
import { resourceOfType } from '../history/historyDocuments';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import { useReviewQueue } from '../publishing/useReviewQueue';
import {
  changesByOthers,
  dueMilestones,
  overdueIndicators,
  RECENT_CHANGE_DAYS,
  seoulToday,
} from './attention';

type Named = { ko: string; en: string | null };
type Query = BitgoeulDataProvider['query'];

/** Every page of a connection (100 a page): a list of what is late must not stop at the first page. */
async function allNodes<N>(
  query: Query,
  document: string,
  field: string,
  variables: Record<string, unknown> = {},
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page++) {
    const data: Record<string, { nodes: N[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> =
      await query(document, { ...variables, after });
    const connection = data[field]!;
    nodes.push(...connection.nodes);
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
    after = connection.pageInfo.endCursor;
  }
  return nodes;
}

const INDICATORS = /* GraphQL */ `
  query DashboardIndicatorSchedules($after: String) {
    indicators(first: 100, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { id code name { ko en } frequency createdAt latest { period periodEnd } }
    }
  }
`;

const MILESTONES = /* GraphQL */ `
  query DashboardPlannedMilestones($after: String) {
    milestones(first: 100, after: $after, filter: { happened: false }) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        kind
        title { ko en }
        plannedOn
        plannedOnPrecision
        actualOn
        facility { id name { ko en } }
        program { id name { ko en } }
      }
    }
  }
`;

const CHANGES = /* GraphQL */ `
  query DashboardRecentChanges($from: DateTime!) {
    me { id email }
    auditEvents(first: 100, filter: { from: $from }) {
      nodes { id at action entityType entityId entityCode userEmail user { id name email } }
    }
  }
`;

/** Figures and targets are written on their indicator: what a change to one of them links to. */
const FIGURE_OWNERS = /* GraphQL */ `
  query DashboardChangedFigures($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Observation { id period indicator { id name { ko en } } }
      ... on Target { id indicator { id name { ko en } } }
    }
  }
`;

interface IndicatorNode {
  id: string;
  code: string;
  name: Named;
  frequency: string;
  createdAt: string;
  latest: { period: string; periodEnd: string } | null;
}

interface MilestoneNode {
  id: string;
  kind: string;
  title: Named | null;
  plannedOn: string | null;
  plannedOnPrecision: 'DAY' | 'MONTH' | 'YEAR';
  actualOn: string | null;
  facility: { id: string; name: Named } | null;
  program: { id: string; name: Named } | null;
}

interface ChangeNode {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  entityCode: string | null;
  userEmail: string | null;
  user: { id: string; name: string; email: string } | null;
}

type FigureOwner = { id: string; period?: string; indicator: { id: string; name: Named } } | null;

/** How many entries a list shows; the rest are counted, and the list's page has them all. */
const SHOWN = 8;

function useAttentionQuery<T>(key: string, fetch: (query: Query) => Promise<T>, enabled = true) {
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [locale] = useLocaleState();
  return useQuery({
    queryKey: ['bitgoeul', 'attention', key, locale],
    queryFn: () => fetch(dataProvider.query),
    enabled,
  });
}

const AttentionCard = ({
  testId,
  title,
  hint,
  loading,
  failed,
  empty,
  more,
  children,
}: {
  testId: string;
  title: string;
  hint: string;
  loading: boolean;
  failed: boolean;
  empty: string | null;
  more?: ReactNode;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  const id = `attention-${testId}-title`;
  return (
    <Card
      component="section"
      aria-labelledby={id}
      data-testid={`attention-${testId}`}
      sx={{ height: '100%' }}
    >
      <CardContent>
        <Typography id={id} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
          {hint}
        </Typography>
        {failed ? (
          <Typography variant="body2" color="error">
            {translate('bitgoeul.attention.unavailable')}
          </Typography>
        ) : loading ? null : empty ? (
          <Typography variant="body2" color="text.secondary">
            {empty}
          </Typography>
        ) : (
          <List dense disablePadding>
            {children}
          </List>
        )}
        {more}
      </CardContent>
    </Card>
  );
};

/** One entry: a link to its record, what it is, and a chip saying how late or how soon. */
const Entry = ({
  to,
  primary,
  secondary,
  chip,
  chipColour,
}: {
  to: string;
  primary: string;
  secondary: string;
  chip?: string;
  chipColour?: 'error' | 'default';
}) => (
  <ListItem disablePadding>
    <ListItemButton component={Link} to={to} sx={{ px: 1, gap: 1 }}>
      <ListItemText
        primary={primary}
        secondary={secondary}
        slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }}
      />
      {chip ? <Chip size="small" label={chip} color={chipColour ?? 'default'} variant="outlined" /> : null}
    </ListItemButton>
  </ListItem>
);

const More = ({ count, to }: { count: number; to: string }) => {
  const translate = useTranslate();
  return count > 0 ? (
    <MuiLink component={Link} to={to} variant="body2" sx={{ display: 'inline-block', mt: 1 }}>
      {translate('bitgoeul.attention.more', { count })}
    </MuiLink>
  ) : null;
};

const OverdueIndicators = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.attention.overdue.${key}`, args);
  const { data, error, isPending } = useAttentionQuery('indicators', (query) =>
    allNodes<IndicatorNode>(query, INDICATORS, 'indicators'),
  );
  const overdue = data
    ? overdueIndicators(
        data.map((n) => ({ ...n, latestPeriodEnd: n.latest?.periodEnd ?? null })),
        seoulToday(),
      )
    : [];
  return (
    <AttentionCard
      testId="overdue"
      title={t('title')}
      hint={t('hint')}
      loading={isPending}
      failed={Boolean(error)}
      empty={overdue.length ? null : t('empty')}
      more={<More count={overdue.length - SHOWN} to="/indicators" />}
    >
      {overdue.slice(0, SHOWN).map(({ indicator, daysOverdue }) => (
        <Entry
          key={indicator.id}
          to={`/indicators/${encodeURIComponent(indicator.id)}/show`}
          primary={nameIn(indicator.name, locale)}
          secondary={
            indicator.latest
              ? t('latest', { period: periodLabel(indicator.latest.period, locale) })
              : t('none')
          }
          chip={t('days', { days: daysOverdue.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US') })}
          chipColour="error"
        />
      ))}
    </AttentionCard>
  );
};

const DueMilestones = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.attention.milestones.${key}`, args);
  const { data, error, isPending } = useAttentionQuery('milestones', (query) =>
    allNodes<MilestoneNode>(query, MILESTONES, 'milestones'),
  );
  const due = data ? dueMilestones(data, seoulToday()) : [];
  const count = (n: number) => n.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');
  return (
    <AttentionCard
      testId="milestones"
      title={t('title')}
      hint={t('hint')}
      loading={isPending}
      failed={Boolean(error)}
      empty={due.length ? null : t('empty')}
      more={<More count={due.length - SHOWN} to="/milestones" />}
    >
      {due.slice(0, SHOWN).map(({ milestone, daysLeft }) => {
        const kind = MilestoneKind.is(milestone.kind)
          ? MilestoneKind.label(milestone.kind, locale)
          : milestone.kind;
        const owner = milestone.facility ?? milestone.program;
        const title = milestone.title ? nameIn(milestone.title, locale) : kind;
        return (
          <Entry
            key={milestone.id}
            to={`/milestones/${encodeURIComponent(milestone.id)}/show`}
            primary={title}
            secondary={[
              owner ? nameIn(owner.name, locale) : '',
              t('planned', { date: formatDate(milestone.plannedOn, locale, milestone.plannedOnPrecision) }),
            ]
              .filter(Boolean)
              .join(' · ')}
            chip={
              daysLeft < 0
                ? t('overdueBy', { days: count(-daysLeft) })
                : daysLeft === 0
                  ? t('dueToday')
                  : t('dueIn', { days: count(daysLeft) })
            }
            chipColour={daysLeft < 0 ? 'error' : 'default'}
          />
        );
      })}
    </AttentionCard>
  );
};

/** Where a change opens: its record's page, a figure's or a target's indicator; nowhere once deleted. */
function changePath(event: ChangeNode, owner: FigureOwner | undefined): string | null {
  if (owner) return `/indicators/${encodeURIComponent(owner.indicator.id)}/show`;
  if (event.action === 'DELETE') return null;
  const resource = resourceOfType(event.entityType);
  if (!resource) return null;
  const id = encodeURIComponent(event.entityId);
  return resource === 'users' ? `/users/${id}` : `/${resource}/${id}/show`;
}

const ChangesByOthers = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.attention.changes.${key}`, args);
  const changes = useAttentionQuery('changes', async (query) => {
    const now = new Date();
    const from = new Date(now.getTime() - RECENT_CHANGE_DAYS * 86_400_000).toISOString();
    const data = await query<{
      me: { id: string; email: string } | null;
      auditEvents: { nodes: ChangeNode[] };
    }>(CHANGES, { from });
    const events = changesByOthers(data.auditEvents.nodes, data.me, now);
    const figureIds = events
      .filter((e) => e.action !== 'DELETE' && (e.entityType === 'Observation' || e.entityType === 'Target'))
      .map((e) => e.entityId);
    const owners = new Map<string, FigureOwner>();
    if (figureIds.length) {
      const found = await query<{ nodes: FigureOwner[] }>(FIGURE_OWNERS, { ids: figureIds });
      for (const node of found.nodes) if (node?.indicator) owners.set(node.id, node);
    }
    return { events, owners };
  });
  const { data, error, isPending } = changes;
  const typeLabel = (typeName: string) => {
    const resource = resourceOfType(typeName);
    return resource
      ? translate(`resources.${resource}.name`, { smart_count: 1 })
      : translate(`bitgoeul.auditLog.types.${typeName}`, { _: typeName });
  };
  return (
    <AttentionCard
      testId="changes"
      title={t('title')}
      hint={t('hint')}
      loading={isPending}
      failed={Boolean(error)}
      empty={data?.events.length ? null : t('empty')}
      more={
        <MuiLink component={Link} to="/auditEvents" variant="body2" sx={{ display: 'inline-block', mt: 1 }}>
          {t('all')}
        </MuiLink>
      }
    >
      {data?.events.map((event) => {
        const owner = data.owners.get(event.entityId);
        const what = owner
          ? owner.period
            ? t('figure', {
                indicator: nameIn(owner.indicator.name, locale),
                period: periodLabel(owner.period, locale),
              })
            : t('target', { indicator: nameIn(owner.indicator.name, locale) })
          : `${typeLabel(event.entityType)} ${event.entityCode ?? ''}`.trim();
        const action = translate(`bitgoeul.history.actions.${event.action}`, { _: event.action });
        const who = event.user?.name ?? event.userEmail ?? '';
        const path = changePath(event, owner);
        const secondary = `${who} · ${formatDateTime(event.at, locale)}`;
        return path ? (
          <Entry key={event.id} to={path} primary={`${what} — ${action}`} secondary={secondary} />
        ) : (
          <ListItem key={event.id} sx={{ px: 1 }}>
            <ListItemText
              primary={`${what} — ${action}`}
              secondary={secondary}
              slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }}
            />
          </ListItem>
        );
      })}
    </AttentionCard>
  );
};

/** The figures submitted for review: how many, the first few, and the review queue that has them all. */
const AwaitingReview = () => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const t = (key: string, args?: Record<string, unknown>) =>
    translate(`bitgoeul.publishing.attention.${key}`, args);
  const { data, error, isPending } = useReviewQueue();
  const waiting = data?.inReview ?? [];
  const count = waiting.length.toLocaleString(locale === 'ko' ? 'ko-KR' : 'en-US');
  return (
    <AttentionCard
      testId="review"
      title={waiting.length ? `${t('title')} · ${t('count', { count })}` : t('title')}
      hint={t('hint')}
      loading={isPending}
      failed={Boolean(error)}
      empty={waiting.length ? null : t('empty')}
      more={
        <MuiLink component={Link} to="/review" variant="body2" sx={{ display: 'inline-block', mt: 1 }}>
          {t('all')}
        </MuiLink>
      }
    >
      {waiting.slice(0, 5).map(({ indicator, observation }) => (
        <Entry
          key={observation.id}
          to="/review"
          primary={`${nameIn(indicator.name, locale)} · ${observation.periodLabel}`}
          secondary={formatDateTime(observation.submittedAt, locale)}
          chip={formatNumber(observation.value)}
        />
      ))}
    </AttentionCard>
  );
};

/**
 * The dashboard's "needs attention" lists, react-admin demo style: one card per list, each entry a link
 * to its record (the figures awaiting review, to the review queue). The audit log is for editors and
 * above, so viewers are not shown others' changes.
 */
export const NeedsAttention = () => {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const editor = canReadHistory(permissions);
  return (
    <Box component="section" aria-labelledby="attention-title" sx={{ mt: 3 }}>
      <Typography id="attention-title" variant="h6" component="h2" sx={{ mb: 1 }}>
        {translate('bitgoeul.attention.title')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' },
        }}
      >
        <AwaitingReview />
        <OverdueIndicators />
        <DueMilestones />
        {editor ? <ChangesByOthers /> : null}
      </Box>
    </Box>
  );
};
