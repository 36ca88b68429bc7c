import { EXEMPTION_FIELD_LABELS } from '@bitgoeul/domain';
import GavelIcon from '@mui/icons-material/Gavel';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { exemptionsResource } from '../dataProvider/resources/exemptions';
import { nameInActiveLocale } from '../i18n/activeLocale';

const ExemptionList = lazy(() => import('./ExemptionList').then((m) => ({ default: m.ExemptionList })));
const ExemptionShow = lazy(() => import('./ExemptionShow').then((m) => ({ default: m.ExemptionShow })));
const ExemptionEdit = lazy(() => import('./ExemptionEdit').then((m) => ({ default: m.ExemptionEdit })));
const ExemptionCreate = lazy(() => import('./ExemptionCreate').then((m) => ({ default: m.ExemptionCreate })));

export const exemptions = defineResource({
  record: exemptionsResource,
  name: { ko: '규제 특례', en: 'Exemption |||| Exemptions' },
  fieldLabels: EXEMPTION_FIELD_LABELS,
  viewLabels: {
    'conditions.ko': { ko: '부가 조건(한국어)', en: 'Conditions (Korean)' },
    'conditions.en': { ko: '부가 조건(영어)', en: 'Conditions (English)' },
  },
  list: ExemptionList,
  show: ExemptionShow,
  edit: ExemptionEdit,
  create: ExemptionCreate,
  icon: GavelIcon,
  recordRepresentation: (record: { law: { ko: string; en?: string | null } }) =>
    nameInActiveLocale(record.law),
});
