import { NAME_MAX, ProgramArea, ProgramStatus, SUMMARY_MAX } from '@bitgoeul/domain';
import { Stack } from '@mui/material';
import type { ReactNode } from 'react';
import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { maxLength } from '../common/limits';
import { RecordCodeInput } from '../common/RecordCodeInput';
import type { ProgramRecord } from '../dataProvider/resources/programs';
import { useUiLocale } from '../i18n/useUiLocale';
import { SourcePicker } from '../sources/SourcePicker';

const Row = ({ children }: { children: ReactNode }) => (
  <Stack direction={{ xs: 'column', md: 'row' }} columnGap={2} width="100%">
    {children}
  </Stack>
);

const parentOption = (program: ProgramRecord) => `${program.name.ko} (${program.code})`;
// AutocompleteInput clears to '' but the domain wants null for "no parent" ('' is a blank id to it).
const emptyToNull = (value: string | null) => (value === '' ? null : value);

/** The inputs of a program, shared by create and edit; validation is the form's resolver (the domain schema). */
export const ProgramInputs = () => {
  const locale = useUiLocale();
  const translate = useTranslate();
  const record = useRecordContext<ProgramRecord>();
  return (
    <>
      <RecordCodeInput prefix="PROGRAM" hint={translate('bitgoeul.programs.codeHint')} />
      <Row>
        <TextInput source="name.ko" isRequired fullWidth {...maxLength(NAME_MAX)} />
        <TextInput source="name.en" fullWidth {...maxLength(NAME_MAX)} />
      </Row>
      <Row>
        <TextInput
          source="summary.ko"
          isRequired
          multiline
          minRows={3}
          fullWidth
          {...maxLength(SUMMARY_MAX)}
        />
        <TextInput source="summary.en" multiline minRows={3} fullWidth {...maxLength(SUMMARY_MAX)} />
      </Row>
      <Row>
        <SelectInput
          source="area"
          choices={ProgramArea.options(locale)}
          translateChoice={false}
          isRequired
          fullWidth
        />
        <SelectInput
          source="status"
          choices={ProgramStatus.options(locale)}
          translateChoice={false}
          isRequired
          fullWidth
        />
        <NumberInput source="progress" min={0} max={100} step={1} fullWidth />
      </Row>
      <Row>
        <CalendarDateInput source="plannedStart" fullWidth />
        <CalendarDateInput source="plannedEnd" fullWidth />
        <CalendarDateInput source="actualStart" fullWidth />
        <CalendarDateInput source="actualEnd" fullWidth />
      </Row>
      <ReferenceInput
        source="parentId"
        reference="programs"
        sort={{ field: 'code', order: 'ASC' }}
        // A program cannot be its own parent; deeper cycles are the API's to refuse (CYCLE).
        filter={record ? { excludeIds: record.id } : {}}
      >
        <AutocompleteInput
          optionText={parentOption}
          parse={emptyToNull}
          helperText={translate('bitgoeul.programs.searchParent')}
          fullWidth
        />
      </ReferenceInput>
      <SourcePicker />
    </>
  );
};
