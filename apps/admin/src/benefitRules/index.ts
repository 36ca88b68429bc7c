import { BENEFIT_RULE_FIELD_LABELS, BenefitKind, ChildOrder } from '@bitgoeul/domain';
import PaymentsIcon from '@mui/icons-material/Payments';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { benefitRulesResource } from '../dataProvider/resources/benefitRules';
import { codeColumn, column, type ExportColumn } from '../export/exportColumns';
import { nameInActiveLocale } from '../i18n/activeLocale';

const BenefitRuleList = lazy(() => import('./BenefitRuleList').then((m) => ({ default: m.BenefitRuleList })));
const BenefitRuleShow = lazy(() => import('./BenefitRuleShow').then((m) => ({ default: m.BenefitRuleShow })));
const BenefitRuleEdit = lazy(() => import('./BenefitRuleEdit').then((m) => ({ default: m.BenefitRuleEdit })));
const BenefitRuleCreate = lazy(() =>
  import('./BenefitRuleCreate').then((m) => ({ default: m.BenefitRuleCreate })),
);

/** The list's CSV export, in the order a spreadsheet reads it. */
export const BENEFIT_RULE_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('name.ko'),
  column('name.en'),
  codeColumn('kind', BenefitKind),
  column('amount'),
  column('months'),
  codeColumn('childOrders', ChildOrder),
  column('effectiveFrom'),
  column('effectiveTo'),
];
export const benefitRules = defineResource({
  record: benefitRulesResource,
  name: { ko: '지원 기준', en: 'Benefit rule |||| Benefit rules' },
  fieldLabels: BENEFIT_RULE_FIELD_LABELS,
  // The list's filter asks for one child's order (a rule lists the orders it covers: childOrders).
  viewLabels: { childOrder: { ko: '출생 순위', en: 'Child order' } },
  exportColumns: BENEFIT_RULE_EXPORT_COLUMNS,
  list: BenefitRuleList,
  show: BenefitRuleShow,
  edit: BenefitRuleEdit,
  create: BenefitRuleCreate,
  icon: PaymentsIcon,
  recordRepresentation: (record: { name: { ko: string; en?: string | null } }) =>
    nameInActiveLocale(record.name),
});
