import { Frequency, IndicatorUnit, SEARCH_MAX, SubjectType } from '@bitgoeul/domain';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import {
  BulkDeleteButton,
  CreateButton,
  Datagrid,
  ExportButton,
  List,
  SearchInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { useCsvExporter } from '../export/useCsvExporter';
import { CodeField, DecimalField } from '../format/fields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn {...maxLength(SEARCH_MAX)} />,
  <CodeSelectInput key="frequency" source="frequency" list={Frequency} alwaysOn />,
  <CodeSelectInput key="unit" source="unit" list={IndicatorUnit} />,
  <CodeSelectInput key="subjectType" source="subjectType" list={SubjectType} alwaysOn />,
];

const ListActions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton />
      <Button component={Link} to="/import/observations" size="small" startIcon={<UploadFileIcon />}>
        {translate('bitgoeul.import.button')}
      </Button>
      <ExportButton />
    </TopToolbar>
  );
};

export const IndicatorList = () => (
  <List
    filters={filters}
    sort={{ field: 'code', order: 'ASC' }}
    perPage={25}
    actions={<ListActions />}
    exporter={useCsvExporter()}
  >
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />}>
      <TextField source="code" />
      <TextField source="name.ko" />
      <CodeField source="unit" list={IndicatorUnit} />
      <CodeField source="frequency" list={Frequency} />
      <CodeField source="subjectType" list={SubjectType} />
      <TextField source="latest.periodLabel" sortable={false} emptyText="-" />
      <DecimalField source="latest.value" sortable={false} emptyText="-" textAlign="right" />
      <DecimalField source="progress.percent" sortable={false} emptyText="-" textAlign="right" />
    </Datagrid>
  </List>
);
