import { BenefitKind, ChildOrder, NAME_MAX } from '@bitgoeul/domain';
import { NumberInput } from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { CodeSelectArrayInput, CodeSelectInput } from '../common/CodeInputs';
import { ReferencePicker } from '../common/ReferencePickers';
import { Row } from '../facilities/FacilityInputs';
import { SourcePicker } from '../sources/SourcePicker';

export const BenefitRuleInputs = () => (
  <>
    <ReferencePicker source="programId" reference="programs" />
    <BilingualInput source="name" required maxLength={NAME_MAX} />
    <Row>
      <CodeSelectInput source="kind" list={BenefitKind} isRequired fullWidth />
      <NumberInput source="amount" min={1} step={10000} isRequired fullWidth />
      <NumberInput source="months" min={1} step={1} fullWidth />
    </Row>
    <CodeSelectArrayInput source="childOrders" list={ChildOrder} isRequired fullWidth />
    <Row>
      <CalendarDateInput source="effectiveFrom" isRequired fullWidth />
      <CalendarDateInput source="effectiveTo" fullWidth />
    </Row>
    <SourcePicker />
  </>
);
