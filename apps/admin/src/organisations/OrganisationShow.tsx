import { OrganisationKind, OrganisationRole, Visibility } from '@bitgoeul/domain';
import {
  ArrayField,
  Datagrid,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';

export const OrganisationShow = () => (
  <ShowWithHistory>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" emptyText="-" />
      <TextField source="description.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <CodeField source="kind" list={OrganisationKind} />
      <ReferenceField source="parentId" reference="organisations" link="show" emptyText="-" />
      <ReferenceManyField
        reference="organisations"
        target="parentId"
        label="resources.organisations.fields.children"
        perPage={10}
        pagination={<Pagination />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
          <TextField source="code" />
          <TextField source="name.ko" />
          <CodeField source="kind" list={OrganisationKind} />
        </Datagrid>
      </ReferenceManyField>
      <ArrayField source="programs">
        <Datagrid bulkActionButtons={false} empty={<>-</>} rowClick={false}>
          <CodeField source="role" list={OrganisationRole} />
          <TextField source="program.name.ko" />
        </Datagrid>
      </ArrayField>
      <ArrayField source="zones">
        <Datagrid bulkActionButtons={false} empty={<>-</>} rowClick={false}>
          <CodeField source="role" list={OrganisationRole} />
          <TextField source="zone.name.ko" />
        </Datagrid>
      </ArrayField>
      <ReferenceManyField
        reference="facilities"
        target="operatorId"
        label="resources.organisations.fields.operatedFacilities"
      >
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
          <TextField source="code" />
          <TextField source="name.ko" />
        </Datagrid>
      </ReferenceManyField>
      <CodeField source="visibility" list={Visibility} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
