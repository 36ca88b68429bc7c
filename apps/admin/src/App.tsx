import { lazy } from 'react';
import { Admin, CustomRoutes, Resource, useTranslate } from 'react-admin';
import { Route } from 'react-router-dom';
import { auditEvents } from './auditLog';
import { createAuthProvider } from './auth/authProvider';
import { benefitRules } from './benefitRules';
import { createDataProvider } from './dataProvider/dataProvider';
import { exemptions } from './exemptions';
import { facilities } from './facilities';
import { i18nProvider } from './i18n/i18nProvider';
import { indicators } from './indicators';
import { AppLayout } from './layout/AppLayout';
import { milestones } from './milestones';
import { organisations } from './organisations';
import { programs } from './programs';
import { users } from './users';
import { zones } from './zones';

// The server writes its userErrors in whatever language the UI shows at the moment of the request.
const dataProvider = createDataProvider({ getLocale: () => i18nProvider.getLocale() });
const authProvider = createAuthProvider(() => i18nProvider.getLocale());

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
    dashboard={Dashboard}
  >
    <Resource name="programs" {...programs} />
    <Resource name="facilities" {...facilities} />
    <Resource name="zones" {...zones} />
    <Resource name="indicators" {...indicators} />
    <Resource name="organisations" {...organisations} />
    <Resource name="benefitRules" {...benefitRules} />
    <Resource name="milestones" {...milestones} />
    <Resource name="exemptions" {...exemptions} />
    <Resource name="auditEvents" {...auditEvents} />
    <Resource name="users" {...users} />
    <CustomRoutes>
      <Route path="/calculator" element={<BenefitCalculatorPage />} />
      <Route path="/map" element={<MapPage />} />
      <Route path="/import/observations" element={<ObservationImportPage />} />
      <Route path="/import/programs" element={<ProgramImportPage />} />
    </CustomRoutes>
  </Admin>
);
