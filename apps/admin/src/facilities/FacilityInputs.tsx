import {
  CapacityUnit,
  DESCRIPTION_MAX,
  FacilityKind,
  FacilityStatus,
  LocationPrecision,
  NAME_MAX,
  TITLE_MAX,
  Visibility,
} from '@bitgoeul/domain';
import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import { NumberInput, TextInput, useRecordContext } from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { RecordCodeInput } from '../common/RecordCodeInput';
import { ReferenceArrayPicker, ReferencePicker } from '../common/ReferencePickers';
import type { FacilityRecord } from '../dataProvider/resources/facilities';
import { useUiLocale } from '../i18n/useUiLocale';
import { SourcePicker } from '../sources/SourcePicker';

export const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} width="100%">
    {children}
  </Stack>
);

/**
 * On an existing facility the status offers only where the lifecycle allows it to go from here (the
 * server's `nextStatuses`) and where it is; a new facility may start anywhere.
 */
const StatusInput = () => {
  const record = useRecordContext<FacilityRecord>();
  const locale = useUiLocale();
  const allowed = record ? [record.status, ...record.nextStatuses] : FacilityStatus.codes;
  const choices = FacilityStatus.options(locale).filter((o) => allowed.includes(o.id));
  return <SelectStatus choices={choices} />;
};

const SelectStatus = ({ choices }: { choices: { id: string; name: string }[] }) => (
  <CodeSelectInput
    source="status"
    list={{ ...FacilityStatus, options: () => choices }}
    isRequired
    fullWidth
  />
);

export const FacilityInputs = () => (
  <>
    <RecordCodeInput prefix="FACILITY" />
    <BilingualInput source="name" required maxLength={NAME_MAX} />
    <BilingualInput source="description" multiline maxLength={DESCRIPTION_MAX} />
    <Row>
      <CodeSelectInput source="kind" list={FacilityKind} isRequired fullWidth />
      <StatusInput />
      <CodeSelectInput source="visibility" list={Visibility} fullWidth />
    </Row>
    <Row>
      <ReferencePicker source="zoneId" reference="zones" />
      <ReferencePicker source="operatorId" reference="organisations" />
    </Row>
    <ReferenceArrayPicker source="programIds" reference="programs" />
    <Row>
      <TextInput source="location.address.ko" fullWidth {...maxLength(TITLE_MAX)} />
      <TextInput source="location.address.en" fullWidth {...maxLength(TITLE_MAX)} />
    </Row>
    <Row>
      <NumberInput source="location.coordinates.lat" step={0.00001} fullWidth />
      <NumberInput source="location.coordinates.lon" step={0.00001} fullWidth />
      <CodeSelectInput source="location.precision" list={LocationPrecision} fullWidth />
    </Row>
    <Row>
      <NumberInput source="capacity.value" fullWidth />
      <CodeSelectInput source="capacity.unit" list={CapacityUnit} fullWidth />
    </Row>
    <SourcePicker />
  </>
);
