import {
  Datagrid,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  Show,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { AreaField, CalendarDateField, InstantField, StatusField } from './ProgramFields';

export const ProgramShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name.ko" />
        <TextField source="name.en" />
        <TextField source="summary.ko" sx={{ whiteSpace: 'pre-line' }} />
        <TextField source="summary.en" sx={{ whiteSpace: 'pre-line' }} />
        <AreaField source="area" />
        <StatusField source="status" />
        <NumberField source="progress" options={{ maximumFractionDigits: 1 }} />
        <CalendarDateField source="plannedStart" />
        <CalendarDateField source="plannedEnd" />
        <CalendarDateField source="actualStart" />
        <CalendarDateField source="actualEnd" />
        <ReferenceField
          source="parentId"
          reference="programs"
          link="show"
          emptyText={translate('bitgoeul.programs.noParent')}
        />
        <ReferenceManyField
          reference="programs"
          target="parentId"
          label="resources.programs.fields.children"
          sort={{ field: 'code', order: 'ASC' }}
          perPage={10}
          pagination={<Pagination />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
            <TextField source="code" />
            <TextField source="name.ko" />
            <StatusField source="status" />
            <NumberField source="progress" options={{ maximumFractionDigits: 1 }} />
          </Datagrid>
        </ReferenceManyField>
        <NumberField source="version" />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
};
