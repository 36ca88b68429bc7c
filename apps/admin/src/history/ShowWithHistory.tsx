import { Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Loading, Show, type ShowProps, TabbedShowLayout, usePermissions, useTranslate } from 'react-admin';
import { canReadHistory } from '../auth/access';

const RecordHistory = lazy(() => import('./RecordHistory').then((m) => ({ default: m.RecordHistory })));

const HistoryContent = ({ allowed, pending }: { allowed: boolean; pending: boolean }) => {
  const translate = useTranslate();
  if (pending) return null;
  if (!allowed)
    return <Typography color="text.secondary">{translate('ra.message.access_denied')}</Typography>;
  return (
    <Suspense fallback={<Loading />}>
      <RecordHistory />
    </Suspense>
  );
};

/**
 * A record's Show page with two tabs: the page's own layout ("상세 정보") and its History ("변경 이력",
 * at `…/show/history`), which editors and admins see. Used in place of `<Show>`, so a page keeps its
 * layout as it is.
 *
 * The History tab is always there and only hidden from viewers: adding a tab once the role is known
 * would remount the first tab's content (a chart that was just drawn, an input being typed in).
 */
export const ShowWithHistory = ({ children, ...props }: ShowProps) => {
  const { permissions, isPending } = usePermissions();
  const allowed = canReadHistory(permissions);
  return (
    <Show {...props}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="bitgoeul.history.details">
          {/* A plain element: the tab puts no label above it. */}
          <div style={{ width: '100%' }}>{children}</div>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab
          label="bitgoeul.history.tab"
          path="history"
          style={allowed ? undefined : { display: 'none' }}
        >
          <div style={{ width: '100%' }}>
            <HistoryContent allowed={allowed} pending={isPending} />
          </div>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
