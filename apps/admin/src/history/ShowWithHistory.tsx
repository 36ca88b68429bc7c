import { lazy, Suspense } from 'react';
import { Loading, Show, type ShowProps, TabbedShowLayout, usePermissions } from 'react-admin';
import { canReadHistory } from '../auth/access';

const RecordHistory = lazy(() => import('./RecordHistory').then((m) => ({ default: m.RecordHistory })));

/**
 * A record's Show page with two tabs: the page's own layout ("상세 정보") and its History ("변경 이력",
 * at `…/show/history`), which editors and admins see. Used in place of `<Show>`, so a page keeps its
 * layout as it is.
 */
export const ShowWithHistory = ({ children, ...props }: ShowProps) => {
  const { permissions } = usePermissions();
  return (
    <Show {...props}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="bitgoeul.history.details">
          {/* A plain element: the tab puts no label above it. */}
          <div style={{ width: '100%' }}>{children}</div>
        </TabbedShowLayout.Tab>
        {canReadHistory(permissions) && (
          <TabbedShowLayout.Tab label="bitgoeul.history.tab" path="history">
            <div style={{ width: '100%' }}>
              <Suspense fallback={<Loading />}>
                <RecordHistory />
              </Suspense>
            </div>
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
