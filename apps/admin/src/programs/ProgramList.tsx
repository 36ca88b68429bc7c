import { ProgramArea, ProgramStatus, SEARCH_MAX } from '@bitgoeul/domain';
import {
  BulkDeleteButton,
  Datagrid,
  List,
  NumberField,
  SearchInput,
  SelectInput,
  ShowButton,
  TextField,
} from 'react-admin';
import { maxLength } from '../common/limits';
import { useCsvExporter } from '../export/useCsvExporter';
import { CalendarDateField } from '../format/fields';
import { useUiLocale } from '../i18n/useUiLocale';
import { AreaField, StatusField } from './ProgramFields';

// Short labels and dates read badly when broken over two lines; names and codes may wrap.
const NO_WRAP = ['area', 'status', 'progress', 'plannedStart', 'plannedEnd']
  .map((source) => `& .column-${source}`)
  .join(', ');

function useProgramFilters() {
  const locale = useUiLocale();
  return [
    <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
    <SelectInput
      key="area"
      source="area"
      choices={ProgramArea.options(locale)}
      translateChoice={false}
      alwaysOn
    />,
    <SelectInput
      key="status"
      source="status"
      choices={ProgramStatus.options(locale)}
      translateChoice={false}
      alwaysOn
    />,
  ];
}

export const ProgramList = () => (
  <List
    filters={useProgramFilters()}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    exporter={useCsvExporter()}
  >
    {/* The API refuses to delete a program that has children: ask first and wait for its answer, rather than
        hide the rows at once and bring them back when the refusal arrives (undoable mode). */}
    <Datagrid
      rowClick="edit"
      bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}
      sx={{ [NO_WRAP]: { whiteSpace: 'nowrap' } }}
    >
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" />
      <AreaField source="area" />
      <StatusField source="status" />
      <NumberField source="progress" options={{ maximumFractionDigits: 1 }} />
      <CalendarDateField source="plannedStart" />
      <CalendarDateField source="plannedEnd" />
      <ShowButton />
    </Datagrid>
  </List>
);
