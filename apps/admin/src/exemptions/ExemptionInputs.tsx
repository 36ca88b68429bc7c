import { DESCRIPTION_MAX, ExemptionKind, TITLE_MAX } from '@bitgoeul/domain';
import { useRecordContext } from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { ReferencePicker } from '../common/ReferencePickers';
import { Row } from '../facilities/FacilityInputs';
import { SourcePicker } from '../sources/SourcePicker';

export const KEEP_ON_SAVE = ['zoneId'];

export const prepareExemption = (values: Record<string, unknown>) => ({
  ...values,
  conditions: blankTextToNull(values.conditions),
});

export const ExemptionInputs = () => {
  const record = useRecordContext();
  return (
    <>
      {/* Set once: an exemption belongs to the regulation-free zone it was granted in. */}
      <ReferencePicker
        source="zoneId"
        reference="zones"
        filter={{ kind: 'REGULATION_FREE_ZONE' }}
        disabled={Boolean(record?.id)}
      />
      <CodeSelectInput source="kind" list={ExemptionKind} isRequired />
      <BilingualInput source="law" required maxLength={TITLE_MAX} />
      <BilingualInput source="conditions" multiline maxLength={DESCRIPTION_MAX} />
      <Row>
        <CalendarDateInput source="validFrom" fullWidth />
        <CalendarDateInput source="validTo" fullWidth />
      </Row>
      <SourcePicker />
    </>
  );
};

export const backToZone = (
  _r: string | undefined,
  _id: unknown,
  data: Record<string, unknown> | undefined,
) => (data?.zoneId ? `/zones/${String(data.zoneId)}/show` : '/exemptions');
