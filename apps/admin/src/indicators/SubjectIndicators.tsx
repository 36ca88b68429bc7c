import { Datagrid, ReferenceManyField, TextField } from 'react-admin';
import { DecimalField } from '../format/fields';

/**
 * The indicators about the record on show (a program's, an organisation's), each with its latest figure,
 * opening the indicator. `label` stays on the element: the show layout reads it for the field's heading.
 */
export const SubjectIndicators = (_props: { label: string }) => (
  <ReferenceManyField reference="indicators" target="subjectId">
    <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="latest.periodLabel" emptyText="-" />
      <DecimalField source="latest.value" emptyText="-" />
    </Datagrid>
  </ReferenceManyField>
);
