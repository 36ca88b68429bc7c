/** What other modules may use of milestones: everything else in this folder is its own. */

export type { MilestoneEntity } from './milestone.entity.js';
export { Milestone } from './milestone.entity.js';
export { MilestoneKindEnum, MilestoneRef } from './milestone.ref.js';
