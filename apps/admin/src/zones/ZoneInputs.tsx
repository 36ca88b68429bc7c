import {
  AreaUnit,
  DatePrecision,
  DESCRIPTION_MAX,
  NAME_MAX,
  PUBLISHER_MAX,
  SPECIALISATION_MAX,
  Visibility,
  ZoneKind,
  ZoneStatus,
} from '@bitgoeul/domain';
import { ArrayInput, NumberInput, SimpleFormIterator, TextInput, useRecordContext } from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull, emptyGroupToNull } from '../common/emptyGroups';
import { maxLength } from '../common/limits';
import { RecordCodeInput } from '../common/RecordCodeInput';
import { ReferenceArrayPicker, ReferencePicker } from '../common/ReferencePickers';
import { Row } from '../facilities/FacilityInputs';
import { SourcePicker } from '../sources/SourcePicker';

export function prepareZone(values: Record<string, unknown>): Record<string, unknown> {
  const specialisations = Array.isArray(values.specialisations) ? values.specialisations : [];
  return {
    ...values,
    description: blankTextToNull(values.description),
    designation: emptyGroupToNull(values.designation ?? null),
    area: emptyGroupToNull(values.area ?? null),
    specialisations: specialisations.filter((s) => blankTextToNull(s) !== null),
  };
}

export const ZoneInputs = () => {
  const record = useRecordContext();
  const notSelf = record ? { excludeIds: record.id } : {};
  return (
    <>
      <RecordCodeInput prefix="ZONE" />
      <BilingualInput source="name" required maxLength={NAME_MAX} />
      <BilingualInput source="description" multiline maxLength={DESCRIPTION_MAX} />
      <Row>
        <CodeSelectInput source="kind" list={ZoneKind} isRequired fullWidth />
        <CodeSelectInput source="status" list={ZoneStatus} isRequired fullWidth />
        <CodeSelectInput source="visibility" list={Visibility} fullWidth />
      </Row>
      <ReferencePicker source="parentId" reference="zones" filter={notSelf} />
      <ReferenceArrayPicker source="overlappingZoneIds" reference="zones" filter={notSelf} />
      <Row>
        <TextInput source="designation.authority.ko" fullWidth {...maxLength(PUBLISHER_MAX)} />
        <TextInput source="designation.authority.en" fullWidth {...maxLength(PUBLISHER_MAX)} />
        <TextInput source="designation.instrumentNumber" fullWidth {...maxLength(PUBLISHER_MAX)} />
      </Row>
      <Row>
        <CalendarDateInput source="designation.designatedOn" fullWidth />
        <CodeSelectInput source="designation.designatedOnPrecision" list={DatePrecision} fullWidth />
        <CalendarDateInput source="designation.expiresOn" fullWidth />
      </Row>
      <Row>
        <NumberInput source="area.value" fullWidth />
        <CodeSelectInput source="area.unit" list={AreaUnit} fullWidth />
      </Row>
      <ArrayInput source="specialisations">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="ko" label="한국어" {...maxLength(SPECIALISATION_MAX)} />
          <TextInput source="en" label="English" {...maxLength(SPECIALISATION_MAX)} />
        </SimpleFormIterator>
      </ArrayInput>
      <SourcePicker />
    </>
  );
};
