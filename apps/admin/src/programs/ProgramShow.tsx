import { BenefitKind, FacilityStatus, MilestoneKind } from '@bitgoeul/domain';
import {
  Datagrid,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
  useTranslate,
} from 'react-admin';
import { CalendarDateField, CodeField, InstantField, KrwField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';
import { SubjectIndicators } from '../indicators/SubjectIndicators';
import { OrganisationLinksEditor } from '../organisations/OrganisationLinksEditor';
import { AreaField, StatusField } from './ProgramFields';

export const ProgramShow = () => {
  const translate = useTranslate();
  return (
    <ShowWithHistory>
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
        <Labeled label="bitgoeul.organisationLinks.title" fullWidth>
          <OrganisationLinksEditor subject="Program" />
        </Labeled>
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
        <ReferenceManyField
          reference="benefitRules"
          target="programId"
          label="resources.programs.fields.benefitRules"
        >
          <Datagrid rowClick="edit" bulkActionButtons={false} empty={<>-</>}>
            <TextField source="name.ko" />
            <CodeField source="kind" list={BenefitKind} />
            <KrwField source="amount" textAlign="right" />
            <CalendarDateField source="effectiveFrom" />
            <CalendarDateField source="effectiveTo" emptyText="-" />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField
          reference="facilities"
          target="programIds"
          label="resources.programs.fields.facilities"
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<>-</>}>
            <TextField source="code" />
            <TextField source="name.ko" />
            <CodeField source="status" list={FacilityStatus} />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField
          reference="milestones"
          target="programId"
          label="resources.programs.fields.milestones"
          sort={{ field: 'date', order: 'ASC' }}
        >
          <Datagrid rowClick="edit" bulkActionButtons={false} empty={<>-</>}>
            <CodeField source="kind" list={MilestoneKind} />
            <TextField source="title.ko" emptyText="-" />
            <CalendarDateField source="plannedOn" emptyText="-" />
            <CalendarDateField source="actualOn" emptyText="-" />
          </Datagrid>
        </ReferenceManyField>
        <SubjectIndicators label="resources.programs.fields.indicators" />
        <NumberField source="version" />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
      </SimpleShowLayout>
    </ShowWithHistory>
  );
};
