import { periodLabel } from '@bitgoeul/domain';
import { Link as MuiLink, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import {
  AutocompleteInput,
  Datagrid,
  List,
  ReferenceInput,
  SelectInput,
  useGetIdentity,
  useGetManyAggregate,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { globalIdOf } from '../dataProvider/globalId';
import { RESOURCES } from '../dataProvider/registry';
import { InstantField } from '../format/fields';
import { AUDIT_ACTIONS, type AuditEventNode } from '../history/auditEvent';
import { ChangesTable } from '../history/ChangesTable';
import { resourceOfType } from '../history/historyDocuments';
import { ActionChip, authorOf } from '../history/RecordHistory';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';

/** Audited types that are no admin resource of their own (figures are written on their indicator). */
const OTHER_TYPES = ['Observation', 'Target'];
const ACCOUNT_TYPES = ['User', 'ApiToken'];
const NOT_AUDITED = new Set(['auditEvents']);

export function useTypeLabel() {
  const translate = useTranslate();
  return (typeName: string) => {
    const resource = resourceOfType(typeName);
    return resource
      ? translate(`resources.${resource}.name`, { smart_count: 1 })
      : translate(`bitgoeul.auditLog.types.${typeName}`, { _: typeName });
  };
}

/** Where a record of the event opens: its show page, an account's edit page; nowhere once deleted. */
export function recordPath(event: Pick<AuditEventNode, 'entityType' | 'entityId' | 'action'>): string | null {
  if (event.action === 'DELETE') return null;
  const resource = resourceOfType(event.entityType);
  if (!resource) return null;
  const id = encodeURIComponent(event.entityId);
  return resource === 'users' ? `/users/${id}` : `/${resource}/${id}/show`;
}

/** A value of the write's snapshot (after it, or before it for a deletion). */
function recordedValue(event: AuditEventNode, field: string): unknown {
  const change = event.changes.find((c) => c.field === field);
  return change ? (change.after ?? change.before) : undefined;
}

/**
 * A figure or a target has no code of its own: it is named by its indicator and its period
 * ("광주 출생아 수 · 2021년 1~4월") and opens its indicator's page, where its vintages are listed.
 */
const FigureRecord = ({ event }: { event: AuditEventNode }) => {
  const locale = useUiLocale();
  const indicatorId = recordedValue(event, 'indicatorId');
  const period = recordedValue(event, 'period');
  const id = typeof indicatorId === 'string' ? globalIdOf('Indicator', indicatorId) : null;
  const { data: indicator } = useGetManyAggregate<IndicatorName>(
    'indicators',
    { ids: id ? [id] : [] },
    { enabled: id !== null },
  );
  const typeLabel = useTypeLabel();
  const name = indicator?.[0] ? nameIn(indicator[0].name, locale) : null;
  const text = [
    name ?? typeLabel(event.entityType),
    typeof period === 'string' ? periodLabel(period, locale) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  // Until the indicator's name arrives (or once it is gone), the figure is named by its kind: 관측값 · 2021년 1~4월.
  if (!id || !name) return <Typography variant="body2">{text}</Typography>;
  return (
    <MuiLink
      component={Link}
      to={`/indicators/${encodeURIComponent(id)}/show`}
      onClick={(e) => e.stopPropagation()}
      variant="body2"
    >
      {text}
    </MuiLink>
  );
};

type IndicatorName = { id: string; name: { ko: string; en?: string | null } };

const RecordField = (_props: { label?: string }) => {
  const event = useRecordContext<AuditEventNode>();
  if (!event) return null;
  if (OTHER_TYPES.includes(event.entityType)) return <FigureRecord event={event} />;
  const text = event.entityCode ?? event.entityId;
  const path = recordPath(event);
  if (!path) return <Typography variant="body2">{text}</Typography>;
  return (
    <MuiLink component={Link} to={path} onClick={(e) => e.stopPropagation()} variant="body2">
      {text}
    </MuiLink>
  );
};

const TypeField = (_props: { label?: string }) => {
  const event = useRecordContext<AuditEventNode>();
  const typeLabel = useTypeLabel();
  return event ? <Typography variant="body2">{typeLabel(event.entityType)}</Typography> : null;
};

const ActionField = (_props: { label?: string }) => {
  const event = useRecordContext<AuditEventNode>();
  return event ? <ActionChip action={event.action} /> : null;
};

const AuthorField = (_props: { label?: string }) => {
  const event = useRecordContext<AuditEventNode>();
  const translate = useTranslate();
  return event ? (
    <Typography variant="body2">{authorOf(event, translate('bitgoeul.history.system'))}</Typography>
  ) : null;
};

/** The changed fields' names, the first three, for scanning the list; the row opens the whole diff. */
const ChangedFieldsField = (_props: { label?: string }) => {
  const event = useRecordContext<AuditEventNode>();
  const translate = useTranslate();
  if (!event) return null;
  const resource = resourceOfType(event.entityType);
  const labels = event.changes
    .filter((c) => !['version', 'createdAt', 'updatedAt'].includes(c.field))
    .map(
      (c) =>
        c.label || (resource && translate(`resources.${resource}.fields.${c.field}`, { _: '' })) || c.field,
    );
  const shown = labels.slice(0, 3).join(', ');
  return (
    <Typography variant="body2" color="text.secondary">
      {labels.length > 3
        ? translate('bitgoeul.auditLog.changedFields', { fields: shown, more: labels.length - 3 })
        : shown}
    </Typography>
  );
};

const ExpandedChanges = () => {
  const event = useRecordContext<AuditEventNode>();
  if (!event) return null;
  return <ChangesTable resource={resourceOfType(event.entityType)} changes={event.changes} />;
};

function useFilters(): ReactElement[] {
  const translate = useTranslate();
  const typeLabel = useTypeLabel();
  const { permissions } = usePermissions();
  const { identity } = useGetIdentity();
  const admin = permissions === 'ADMIN';
  const types = [
    ...RESOURCES.filter((r) => !NOT_AUDITED.has(r.name) && (admin || r.name !== 'users')).map(
      (r) => r.typeName,
    ),
    ...OTHER_TYPES,
    ...(admin ? ACCOUNT_TYPES.filter((t) => t !== 'User') : []),
  ];
  // Editors cannot list accounts; they can narrow the log to their own changes.
  const userInput = admin ? (
    <ReferenceInput key="userId" source="userId" reference="users" alwaysOn>
      <AutocompleteInput optionText={(u: { name: string; email: string }) => `${u.name} (${u.email})`} />
    </ReferenceInput>
  ) : (
    <SelectInput
      key="userId"
      source="userId"
      alwaysOn
      choices={
        identity
          ? [
              {
                id: String(identity.id),
                name: translate('bitgoeul.auditLog.me', { name: identity.fullName }),
              },
            ]
          : []
      }
      translateChoice={false}
    />
  );
  return [
    userInput,
    <SelectInput
      key="entityType"
      source="entityType"
      alwaysOn
      choices={types.map((t) => ({ id: t, name: typeLabel(t) }))}
      translateChoice={false}
    />,
    <SelectInput
      key="action"
      source="action"
      alwaysOn
      choices={AUDIT_ACTIONS.map((a) => ({ id: a, name: translate(`bitgoeul.history.actions.${a}`) }))}
      translateChoice={false}
    />,
    <CalendarDateInput filter key="from" source="from" alwaysOn />,
    <CalendarDateInput filter key="to" source="to" alwaysOn />,
  ];
}

/** 감사 기록: every write, newest first, filtered by who, what, which action and when. */
export const AuditLogList = () => (
  <List filters={useFilters()} exporter={false} perPage={25} sort={{ field: 'id', order: 'DESC' }}>
    <Datagrid rowClick="expand" expand={<ExpandedChanges />} bulkActionButtons={false}>
      <InstantField source="at" sortable={false} />
      <ActionField label="resources.auditEvents.fields.action" />
      <AuthorField label="resources.auditEvents.fields.user" />
      <TypeField label="resources.auditEvents.fields.entityType" />
      <RecordField label="resources.auditEvents.fields.entityId" />
      <ChangedFieldsField label="resources.auditEvents.fields.changes" />
    </Datagrid>
  </List>
);
