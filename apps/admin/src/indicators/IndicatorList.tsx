import { Frequency, IndicatorUnit, SEARCH_MAX, SubjectType } from '@bitgoeul/domain';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { CreateButton, ExportButton, SearchInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';
import { NamedRecordList, NameField, nameSortField, RecordDatagrid } from '../common/RecordList';
import { CodeField, DecimalField } from '../format/fields';
import { figureWithUnit } from '../format/figures';
import { useUiLocale } from '../i18n/useUiLocale';

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

/** What a phone row reads of an indicator: its latest figure and period. */
type IndicatorRow = {
  id: string;
  code: string;
  name: { ko: string; en?: string | null };
  unit: IndicatorUnit;
  latest?: { periodLabel: string; value: string } | null;
};

export const IndicatorList = () => {
  const locale = useUiLocale();
  return (
    <NamedRecordList filters={filters} actions={<ListActions />}>
      <RecordDatagrid<IndicatorRow>
        phone={{
          secondary: (record) => record.latest?.periodLabel,
          tertiary: (record) =>
            record.latest ? figureWithUnit(record.latest.value, record.unit, locale) : null,
        }}
      >
        <NameField source="name" sortBy={nameSortField(locale)} />
        <CodeField source="unit" list={IndicatorUnit} />
        <CodeField source="frequency" list={Frequency} />
        <CodeField source="subjectType" list={SubjectType} />
        <TextField source="latest.periodLabel" sortable={false} emptyText="-" />
        <DecimalField source="latest.value" sortable={false} emptyText="-" textAlign="right" />
        <DecimalField source="progress.percent" sortable={false} emptyText="-" textAlign="right" />
      </RecordDatagrid>
    </NamedRecordList>
  );
};
