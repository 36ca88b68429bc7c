import {
  AreaUnit,
  CODE_MAX,
  DatePrecision,
  DESCRIPTION_MAX,
  ExemptionKind,
  FacilityStatus,
  NAME_MAX,
  PUBLISHER_MAX,
  SPECIALISATION_MAX,
  Visibility,
  ZONE_FIELD_LABELS,
  ZoneInput,
  ZoneKind,
  ZoneStatus,
} from '@bitgoeul/domain';
import AddIcon from '@mui/icons-material/Add';
import {
  ArrayField,
  ArrayInput,
  Button,
  ChipField,
  Create,
  Datagrid,
  DateInput,
  Edit,
  EditButton,
  NumberField,
  NumberInput,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  TopToolbar,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull, emptyGroupToNull } from '../common/emptyGroups';
import { maxLength } from '../common/limits';
import { ReferenceArrayPicker, ReferencePicker } from '../common/ReferencePickers';
import { useDomainResolver } from '../common/useDomainResolver';
import { Row } from '../facilities/FacilityInputs';
import { CalendarDateField, CodeField, DecimalField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

const AddExemptionButton = () => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  // Exemptions exist only in regulation-free zones (the domain's rule); elsewhere there is nothing to add.
  if (record?.kind !== 'REGULATION_FREE_ZONE') return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'exemptions', type: 'create' })}
      state={{ record: { zoneId: record.id } }}
      label="bitgoeul.zones.addExemption"
    >
      <AddIcon />
    </Button>
  );
};

export const ZoneShow = () => (
  <ShowWithHistory
    actions={
      <TopToolbar>
        <AddExemptionButton />
        <EditButton />
      </TopToolbar>
    }
  >
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" emptyText="-" />
      <TextField source="description.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <CodeField source="kind" list={ZoneKind} />
      <CodeField source="status" list={ZoneStatus} />
      <ReferenceField source="parentId" reference="zones" link="show" emptyText="-" />
      <ReferenceArrayField source="overlappingZoneIds" reference="zones">
        <SingleFieldList linkType="show" empty={<>-</>}>
          <ChipField source="name.ko" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <TextField source="designation.authority.ko" emptyText="-" />
      <TextField source="designation.instrumentNumber" emptyText="-" />
      <CalendarDateField source="designation.designatedOn" emptyText="-" />
      <CalendarDateField source="designation.expiresOn" emptyText="-" />
      <DecimalField source="area.value" emptyText="-" />
      <CodeField source="area.unit" list={AreaUnit} emptyText="-" />
      <DecimalField source="areaSquareMetres" emptyText="-" />
      <ArrayField source="specialisations">
        <SingleFieldList linkType={false} empty={<>-</>}>
          <ChipField source="ko" size="small" />
        </SingleFieldList>
      </ArrayField>
      <ReferenceManyField reference="zones" target="parentId" label="resources.zones.fields.children">
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
          <TextField source="code" />
          <TextField source="name.ko" />
          <CodeField source="kind" list={ZoneKind} />
          <CodeField source="status" list={ZoneStatus} />
        </Datagrid>
      </ReferenceManyField>
      <ReferenceManyField reference="facilities" target="zoneId" label="resources.zones.fields.facilities">
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
          <TextField source="code" />
          <TextField source="name.ko" />
          <CodeField source="status" list={FacilityStatus} />
        </Datagrid>
      </ReferenceManyField>
      <ReferenceManyField reference="exemptions" target="zoneId" label="resources.zones.fields.exemptions">
        <Datagrid rowClick="edit" bulkActionButtons={false} empty={<>-</>}>
          <CodeField source="kind" list={ExemptionKind} />
          <TextField source="law.ko" />
          <CalendarDateField source="validFrom" emptyText="-" />
          <CalendarDateField source="validTo" emptyText="-" />
        </Datagrid>
      </ReferenceManyField>
      <CodeField source="visibility" list={Visibility} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);

function prepareZone(values: Record<string, unknown>): Record<string, unknown> {
  const specialisations = Array.isArray(values.specialisations) ? values.specialisations : [];
  return {
    ...values,
    description: blankTextToNull(values.description),
    designation: emptyGroupToNull(values.designation ?? null),
    area: emptyGroupToNull(values.area ?? null),
    specialisations: specialisations.filter((s) => blankTextToNull(s) !== null),
  };
}

const ZoneInputs = () => {
  const record = useRecordContext();
  const notSelf = record ? { excludeIds: record.id } : {};
  return (
    <>
      <TextInput source="code" isRequired sx={{ minWidth: 280 }} {...maxLength(CODE_MAX)} />
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
        <DateInput source="designation.designatedOn" fullWidth />
        <CodeSelectInput source="designation.designatedOnPrecision" list={DatePrecision} fullWidth />
        <DateInput source="designation.expiresOn" fullWidth />
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
    </>
  );
};

export const ZoneEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={useDomainResolver(ZoneInput, ZONE_FIELD_LABELS, { prepare: prepareZone })}>
      <ZoneInputs />
    </SimpleForm>
  </Edit>
);

export const ZoneCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(ZoneInput, ZONE_FIELD_LABELS, { prepare: prepareZone })}
      defaultValues={{ status: 'DESIGNATED', visibility: 'PUBLIC', parentId: null, specialisations: [] }}
    >
      <ZoneInputs />
    </SimpleForm>
  </Create>
);
