import { MilestoneKind } from '@bitgoeul/domain';
import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';

const views = () => import('./MilestoneViews');
const MilestoneList = lazy(() => views().then((m) => ({ default: m.MilestoneList })));
const MilestoneShow = lazy(() => views().then((m) => ({ default: m.MilestoneShow })));
const MilestoneEdit = lazy(() => views().then((m) => ({ default: m.MilestoneEdit })));
const MilestoneCreate = lazy(() => views().then((m) => ({ default: m.MilestoneCreate })));

export const milestones = {
  list: MilestoneList,
  show: MilestoneShow,
  edit: MilestoneEdit,
  create: MilestoneCreate,
  icon: EventIcon,
  recordRepresentation: (record: { kind: MilestoneKind }) => MilestoneKind.label(record.kind, 'ko'),
};
