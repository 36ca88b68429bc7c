import { ProgramArea, ProgramStatus, SEARCH_MAX } from '@bitgoeul/domain';
import AccountTreeIcon from '@mui/icons-material/AccountTree';
import ViewListIcon from '@mui/icons-material/ViewList';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import {
  CreateButton,
  ExportButton,
  FilterButton,
  NumberField,
  SearchInput,
  SelectInput,
  TopToolbar,
  useStore,
  useTranslate,
} from 'react-admin';
import { maxLength } from '../common/limits';
import { NamedRecordList, NameField, nameSortField, RecordDatagrid } from '../common/RecordList';
import type { ProgramRecord } from '../dataProvider/resources/programs';
import { CalendarDateField } from '../format/fields';
import { formatNumber } from '../format/format';
import { useUiLocale } from '../i18n/useUiLocale';
import { AreaField, StatusField } from './ProgramFields';
import { ProgramTree } from './ProgramTree';

type ProgramView = 'list' | 'tree';

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

/** The list's actions, with the switch between the flat list and the tree (remembered per browser). */
const ProgramListActions = ({
  view,
  setView,
}: {
  view: ProgramView;
  setView: (view: ProgramView) => void;
}) => {
  const translate = useTranslate();
  return (
    <TopToolbar sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_, next: ProgramView | null) => next && setView(next)}
        aria-label={translate('bitgoeul.programs.view')}
      >
        <ToggleButton value="list" aria-label={translate('bitgoeul.programs.viewList')}>
          <ViewListIcon fontSize="small" sx={{ mr: 0.5 }} />
          {translate('bitgoeul.programs.viewList')}
        </ToggleButton>
        <ToggleButton value="tree" aria-label={translate('bitgoeul.programs.viewTree')}>
          <AccountTreeIcon fontSize="small" sx={{ mr: 0.5 }} />
          {translate('bitgoeul.programs.viewTree')}
        </ToggleButton>
      </ToggleButtonGroup>
      <FilterButton />
      <CreateButton />
      <ExportButton />
    </TopToolbar>
  );
};

export const ProgramList = () => {
  const locale = useUiLocale();
  const [view, setView] = useStore<ProgramView>('programs.listView', 'list');
  return (
    <NamedRecordList
      actions={<ProgramListActions view={view} setView={setView} />}
      filters={useProgramFilters()}
    >
      {/* The API refuses to delete a program that has children: ask first and wait for its answer, rather than
          hide the rows at once and bring them back when the refusal arrives (undoable mode). */}
      {view === 'tree' ? (
        <ProgramTree />
      ) : (
        <RecordDatagrid<ProgramRecord>
          sx={{ [NO_WRAP]: { whiteSpace: 'nowrap' } }}
          phone={{
            secondary: (record) => ProgramStatus.label(record.status, locale),
            tertiary: (record) => (record.progress == null ? null : `${formatNumber(record.progress)}%`),
          }}
        >
          <NameField source="name" sortBy={nameSortField(locale)} />
          <AreaField source="area" />
          <StatusField source="status" />
          <NumberField source="progress" options={{ maximumFractionDigits: 1 }} />
          <CalendarDateField source="plannedStart" />
          <CalendarDateField source="plannedEnd" />
        </RecordDatagrid>
      )}
    </NamedRecordList>
  );
};
