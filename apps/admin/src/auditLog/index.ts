import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { auditEventsResource } from '../dataProvider/resources/auditEvents';

// Editors and admins (auth/access.ts); loaded when opened.
const AuditLogList = lazy(() => import('./AuditLogList').then((m) => ({ default: m.AuditLogList })));

export const auditEvents = defineResource({
  record: auditEventsResource,
  name: { ko: '감사 기록', en: 'Audit event |||| Audit log' },
  viewLabels: {
    at: { ko: '일시', en: 'When' },
    user: { ko: '사용자', en: 'User' },
    userId: { ko: '사용자', en: 'User' },
    action: { ko: '작업', en: 'Action' },
    entityType: { ko: '대상 유형', en: 'Record type' },
    entityId: { ko: '대상', en: 'Record' },
    entityCode: { ko: '코드', en: 'Code' },
    entityVersion: { ko: '버전', en: 'Version' },
    changes: { ko: '변경 내용', en: 'Changes' },
    from: { ko: '시작일', en: 'From' },
    to: { ko: '종료일', en: 'To' },
  },
  list: AuditLogList,
  icon: HistoryIcon,
  recordRepresentation: (record: { id: string; entityCode?: string | null }) =>
    String(record.entityCode ?? record.id),
});
