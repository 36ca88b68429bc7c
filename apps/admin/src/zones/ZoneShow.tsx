import { AreaUnit, ExemptionKind, FacilityStatus, Visibility, ZoneKind, ZoneStatus } from '@bitgoeul/domain';
import AddIcon from '@mui/icons-material/Add';
import {
  ArrayField,
  Button,
  ChipField,
  Datagrid,
  EditButton,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CalendarDateField, CodeField, DecimalField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';
import { FiguresSection } from '../indicators/FiguresSection';
import { MapSection } from '../map/sections';
import { OrganisationLinksEditor } from '../organisations/OrganisationLinksEditor';

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
      <Labeled label="bitgoeul.organisationLinks.title" fullWidth>
        <OrganisationLinksEditor subject="Zone" />
      </Labeled>
      <TextField source="designation.authority.ko" emptyText="-" />
      <TextField source="designation.instrumentNumber" emptyText="-" />
      <CalendarDateField source="designation.designatedOn" emptyText="-" />
      <CalendarDateField source="designation.expiresOn" emptyText="-" />
      <DecimalField source="area.value" emptyText="-" />
      <CodeField source="area.unit" list={AreaUnit} emptyText="-" />
      <DecimalField source="areaSquareMetres" emptyText="-" />
      <MapSection of="zone" />
      <Labeled label="bitgoeul.figures.title" fullWidth>
        <FiguresSection of="zone" />
      </Labeled>
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
