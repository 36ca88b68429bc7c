import { MILESTONE_FIELD_LABELS, MilestoneKind } from '@bitgoeul/domain';
import EventIcon from '@mui/icons-material/Event';
import { lazy } from 'react';
import { defineResource } from '../adminResource';
import { milestonesResource } from '../dataProvider/resources/milestones';
import { activeLocale } from '../i18n/activeLocale';

const MilestoneList = lazy(() => import('./MilestoneList').then((m) => ({ default: m.MilestoneList })));
const MilestoneShow = lazy(() => import('./MilestoneShow').then((m) => ({ default: m.MilestoneShow })));
const MilestoneEdit = lazy(() => import('./MilestoneEdit').then((m) => ({ default: m.MilestoneEdit })));
const MilestoneCreate = lazy(() => import('./MilestoneCreate').then((m) => ({ default: m.MilestoneCreate })));

export const milestones = defineResource({
  record: milestonesResource,
  name: { ko: '추진 일정', en: 'Milestone |||| Milestones' },
  fieldLabels: MILESTONE_FIELD_LABELS,
  viewLabels: {
    facilityId: { ko: '시설', en: 'Facility' },
    programId: { ko: '사업', en: 'Program' },
    'title.ko': { ko: '제목(한국어)', en: 'Title (Korean)' },
    'title.en': { ko: '제목(영어)', en: 'Title (English)' },
    'note.ko': { ko: '비고(한국어)', en: 'Note (Korean)' },
    'note.en': { ko: '비고(영어)', en: 'Note (English)' },
    impliedStatus: { ko: '해당 단계', en: 'Implied status' },
    date: { ko: '일자', en: 'Date' },
  },
  list: MilestoneList,
  show: MilestoneShow,
  edit: MilestoneEdit,
  create: MilestoneCreate,
  icon: EventIcon,
  recordRepresentation: (record: { kind: MilestoneKind }) => MilestoneKind.label(record.kind, activeLocale()),
});
