import HistoryIcon from '@mui/icons-material/History';
import { lazy } from 'react';

// Editors and admins (auth/access.ts); loaded when opened.
const AuditLogList = lazy(() => import('./AuditLogList').then((m) => ({ default: m.AuditLogList })));

export const auditEvents = {
  list: AuditLogList,
  icon: HistoryIcon,
  // Always text: react-admin's fallback would render a record's `title`, which is bilingual here.
  recordRepresentation: (record: { id: string; entityCode?: string | null }) =>
    String(record.entityCode ?? record.id),
};
