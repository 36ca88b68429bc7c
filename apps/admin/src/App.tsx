import { lazy } from 'react';
import { Admin, CustomRoutes, type RecordToStringFunction, Resource, useTranslate } from 'react-admin';
import { Route } from 'react-router-dom';
import type { AdminResourceOptions } from './adminResource';
import { createAuthProvider } from './auth/authProvider';
import { createDataProvider } from './dataProvider/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './layout/LoginPage';
import { NotFoundPage } from './layout/NotFoundPage';
import { darkTheme, lightTheme } from './layout/theme';
import { RESOURCES } from './resources';

// The server writes its userErrors in whatever language the UI shows at the moment of the request.
const dataProvider = createDataProvider({ getLocale: () => i18nProvider.getLocale() });
export const authProvider = createAuthProvider(() => i18nProvider.getLocale());

// Pages that are not the first screen load when opened (the first load stays within its JS budget).
const BenefitCalculatorPage = lazy(() =>
  import('./calculator/BenefitCalculatorPage').then((m) => ({ default: m.BenefitCalculatorPage })),
);
const Dashboard = lazy(() => import('./dashboard/Dashboard').then((m) => ({ default: m.Dashboard })));
const MapPage = lazy(() => import('./map/MapPage').then((m) => ({ default: m.MapPage })));
const ObservationImportPage = lazy(() =>
  import('./import/ObservationImportPage').then((m) => ({ default: m.ObservationImportPage })),
);
const ProgramImportPage = lazy(() =>
  import('./import/ProgramImportPage').then((m) => ({ default: m.ProgramImportPage })),
);
const ReviewPage = lazy(() => import('./publishing/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const ProfilePage = lazy(() => import('./profile/ProfilePage').then((m) => ({ default: m.ProfilePage })));

const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('bitgoeul.title')}</>;
};

/**
 * Korean by default; because the i18n provider offers two locales, react-admin's default app bar shows
 * the LocalesMenuButton that switches to English (and remembers the choice in its store).
 */
export const App = () => (
  <Admin
    disableTelemetry
    dataProvider={dataProvider}
    authProvider={authProvider}
    requireAuth
    i18nProvider={i18nProvider}
    title={<AppTitle />}
    layout={AppLayout}
    theme={lightTheme}
    darkTheme={darkTheme}
    loginPage={LoginPage}
    catchAll={NotFoundPage}
    dashboard={Dashboard}
  >
    {RESOURCES.map(
      ({ record, menuLabel, exportColumns, icon, recordRepresentation, list, show, edit, create }) => {
        const options: AdminResourceOptions = { label: menuLabel, exportColumns };
        // Each definition types its own records; react-admin hands the function whatever record it shows.
        const representation = recordRepresentation as RecordToStringFunction;
        return (
          <Resource
            key={record.name}
            name={record.name}
            {...{ list, show, edit, create, icon, options }}
            recordRepresentation={representation}
          />
        );
      },
    )}
    <CustomRoutes>
      <Route path="/calculator" element={<BenefitCalculatorPage />} />
      <Route path="/map" element={<MapPage />} />
      <Route path="/import/observations" element={<ObservationImportPage />} />
      <Route path="/import/programs" element={<ProgramImportPage />} />
      <Route path="/profile" element={<ProfilePage />} />
      <Route path="/review" element={<ReviewPage />} />
    </CustomRoutes>
  </Admin>
);
