import {
  CODE_MAX,
  DESCRIPTION_MAX,
  NAME_MAX,
  ORGANISATION_FIELD_LABELS,
  OrganisationInput,
  OrganisationKind,
  OrganisationRole,
  Visibility,
} from '@bitgoeul/domain';
import {
  ArrayField,
  Create,
  Datagrid,
  Edit,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  useRecordContext,
} from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { maxLength } from '../common/limits';
import { ReferencePicker } from '../common/ReferencePickers';
import { useDomainResolver } from '../common/useDomainResolver';
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

const prepare = (values: Record<string, unknown>) => ({
  ...values,
  description: blankTextToNull(values.description),
});

const OrganisationInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <TextInput source="code" isRequired sx={{ minWidth: 280 }} {...maxLength(CODE_MAX)} />
      <BilingualInput source="name" required maxLength={NAME_MAX} />
      <BilingualInput source="description" multiline maxLength={DESCRIPTION_MAX} />
      <CodeSelectInput source="kind" list={OrganisationKind} isRequired />
      <ReferencePicker
        source="parentId"
        reference="organisations"
        filter={record ? { excludeIds: record.id } : {}}
      />
      <CodeSelectInput source="visibility" list={Visibility} />
    </>
  );
};

export const OrganisationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={useDomainResolver(OrganisationInput, ORGANISATION_FIELD_LABELS, { prepare })}>
      <OrganisationInputs />
    </SimpleForm>
  </Edit>
);

export const OrganisationCreate = () => (
  <Create redirect="show">
    <SimpleForm
      resolver={useDomainResolver(OrganisationInput, ORGANISATION_FIELD_LABELS, { prepare })}
      defaultValues={{ visibility: 'PUBLIC', parentId: null }}
    >
      <OrganisationInputs />
    </SimpleForm>
  </Create>
);
