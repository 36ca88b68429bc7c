import PaymentsIcon from '@mui/icons-material/Payments';
import { lazy } from 'react';

const views = () => import('./BenefitRuleViews');
const BenefitRuleList = lazy(() => views().then((m) => ({ default: m.BenefitRuleList })));
const BenefitRuleShow = lazy(() => views().then((m) => ({ default: m.BenefitRuleShow })));
const BenefitRuleEdit = lazy(() => views().then((m) => ({ default: m.BenefitRuleEdit })));
const BenefitRuleCreate = lazy(() => views().then((m) => ({ default: m.BenefitRuleCreate })));

export const benefitRules = {
  list: BenefitRuleList,
  show: BenefitRuleShow,
  edit: BenefitRuleEdit,
  create: BenefitRuleCreate,
  icon: PaymentsIcon,
  recordRepresentation: (record: { name: { ko: string } }) => record.name.ko,
};
