import { Admin, Resource, useTranslate } from 'react-admin';
import { createDataProvider } from './dataProvider/dataProvider';
import { i18nProvider } from './i18n/i18nProvider';
import { programs } from './programs';

// The server writes its userErrors in whatever language the UI shows at the moment of the request.
const dataProvider = createDataProvider({ getLocale: () => i18nProvider.getLocale() });

const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('bitgoeul.title')}</>;
};

/**
 * Korean by default; because the i18n provider offers two locales, react-admin's default app bar shows
 * the LocalesMenuButton that switches to English (and remembers the choice in its store).
 */
export const App = () => (
  <Admin disableTelemetry dataProvider={dataProvider} i18nProvider={i18nProvider} title={<AppTitle />}>
    <Resource name="programs" {...programs} />
  </Admin>
);
