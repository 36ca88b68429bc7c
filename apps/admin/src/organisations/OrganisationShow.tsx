import { OrganisationKind, Visibility } from '@bitgoeul/domain';
import {
  Datagrid,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';
import { SubjectIndicators } from '../indicators/SubjectIndicators';
import { OrganisationParts } from './OrganisationParts';

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
      <Labeled label="bitgoeul.organisationParts.title" fullWidth>
        <OrganisationParts />
      </Labeled>
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
      <SubjectIndicators label="resources.organisations.fields.indicators" />
      <CodeField source="visibility" list={Visibility} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
