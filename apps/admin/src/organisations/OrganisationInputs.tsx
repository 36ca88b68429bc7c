import { DESCRIPTION_MAX, NAME_MAX, OrganisationKind, Visibility } from '@bitgoeul/domain';
import { useRecordContext } from 'react-admin';
import { BilingualInput } from '../common/BilingualInput';
import { CodeSelectInput } from '../common/CodeInputs';
import { blankTextToNull } from '../common/emptyGroups';
import { RecordCodeInput } from '../common/RecordCodeInput';
import { ReferencePicker } from '../common/ReferencePickers';
import { SourcePicker } from '../sources/SourcePicker';

export const prepareOrganisation = (values: Record<string, unknown>) => ({
  ...values,
  description: blankTextToNull(values.description),
});

export const OrganisationInputs = () => {
  const record = useRecordContext();
  return (
    <>
      <RecordCodeInput prefix="ORG" />
      <BilingualInput source="name" required maxLength={NAME_MAX} />
      <BilingualInput source="description" multiline maxLength={DESCRIPTION_MAX} />
      <CodeSelectInput source="kind" list={OrganisationKind} isRequired />
      <ReferencePicker
        source="parentId"
        reference="organisations"
        filter={record ? { excludeIds: record.id } : {}}
      />
      <CodeSelectInput source="visibility" list={Visibility} />
      <SourcePicker />
    </>
  );
};
