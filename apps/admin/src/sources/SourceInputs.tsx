import { CODE_MAX, NOTE_MAX, PUBLISHER_MAX, SOURCE_TITLE_MAX, SourceKind, URL_MAX } from '@bitgoeul/domain';
import { TextInput, useTranslate } from 'react-admin';
import { CalendarDateInput } from '../common/CalendarDateInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { maxLength } from '../common/limits';

/** Shared by create and edit; every rule is the domain's SourceInput (the form's resolver). */
export const SourceInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <TextInput source="title" isRequired fullWidth {...maxLength(SOURCE_TITLE_MAX)} />
      <CodeSelectInput source="kind" list={SourceKind} isRequired />
      <TextInput
        source="code"
        isRequired
        sx={{ minWidth: 280 }}
        helperText={translate('bitgoeul.sources.codeHint')}
        {...maxLength(CODE_MAX)}
      />
      <TextInput source="publisher" {...maxLength(PUBLISHER_MAX)} />
      <TextInput source="author" {...maxLength(PUBLISHER_MAX)} />
      <TextInput
        source="url"
        fullWidth
        helperText={translate('bitgoeul.sources.urlHint')}
        {...maxLength(URL_MAX)}
      />
      <CalendarDateInput source="publishedOn" />
      <CalendarDateInput source="retrievedOn" />
      <TextInput source="note" multiline minRows={2} fullWidth {...maxLength(NOTE_MAX)} />
    </>
  );
};
