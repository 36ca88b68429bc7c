import { FacilityKind, FacilityStatus, LocationPrecision, Visibility } from '@bitgoeul/domain';
import AddIcon from '@mui/icons-material/Add';
import { Typography } from '@mui/material';
import {
  Button,
  EditButton,
  Labeled,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { CodeField, InstantField } from '../format/fields';
import { ShowWithHistory } from '../history/ShowWithHistory';
import { FiguresSection } from '../indicators/FiguresSection';
import { MapSection } from '../map/sections';
import { OrganisationLinksEditor } from '../organisations/OrganisationLinksEditor';
import { FacilityStatusActions } from './FacilityStatusActions';
import { FacilityTimeline } from './FacilityTimeline';

const AddMilestoneButton = () => {
  const record = useRecordContext();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={createPath({ resource: 'milestones', type: 'create' })}
      state={{ record: { facilityId: record.id } }}
      label="bitgoeul.facilities.addMilestone"
    >
      <AddIcon />
    </Button>
  );
};

/** "35.20981, 126.74312" (latitude, longitude, as a map search box takes them), or a dash. */
const CoordinatesField = () => {
  const record = useRecordContext<{
    location: { coordinates: { lat: number; lon: number } | null } | null;
  }>();
  const c = record?.location?.coordinates;
  return <Typography variant="body2">{c ? `${c.lat}, ${c.lon}` : '-'}</Typography>;
};

const Actions = () => (
  <TopToolbar>
    <AddMilestoneButton />
    <EditButton />
  </TopToolbar>
);

export const FacilityShow = () => (
  <ShowWithHistory actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="code" />
      <TextField source="name.ko" />
      <TextField source="name.en" emptyText="-" />
      <TextField source="description.ko" emptyText="-" sx={{ whiteSpace: 'pre-line' }} />
      <CodeField source="kind" list={FacilityKind} />
      <CodeField source="status" list={FacilityStatus} />
      <FacilityStatusActions />
      <CodeField source="statusFromMilestones" list={FacilityStatus} emptyText="-" />
      <ReferenceField source="zoneId" reference="zones" link="show" emptyText="-" />
      <ReferenceField source="operatorId" reference="organisations" link="show" emptyText="-" />
      <ReferenceArrayField source="programIds" reference="programs" />
      <Labeled label="bitgoeul.organisationLinks.title" fullWidth>
        <OrganisationLinksEditor subject="Facility" />
      </Labeled>
      <TextField source="location.address.ko" emptyText="-" />
      <Labeled source="location.coordinates">
        <CoordinatesField />
      </Labeled>
      <CodeField source="location.precision" list={LocationPrecision} emptyText="-" />
      <MapSection of="facility" />
      <Labeled label="bitgoeul.figures.title" fullWidth>
        <FiguresSection of="facility" />
      </Labeled>
      <NumberField source="capacity.value" emptyText="-" />
      <ReferenceManyField
        reference="milestones"
        target="facilityId"
        label="resources.facilities.fields.milestones"
        sort={{ field: 'date', order: 'ASC' }}
        perPage={100}
      >
        <FacilityTimeline />
      </ReferenceManyField>
      <CodeField source="visibility" list={Visibility} />
      <NumberField source="version" />
      <InstantField source="updatedAt" />
    </SimpleShowLayout>
  </ShowWithHistory>
);
