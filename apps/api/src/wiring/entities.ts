import { ApiToken, Session, SignInThrottle, User } from '../auth/account.entity.js';
import { embeddables } from '../db/embeddables.js';
import { BenefitRule } from '../modules/benefits/benefit-rule.entity.js';
import { Facility, FacilityOrganisation } from '../modules/facilities/facility.entity.js';
import { Milestone } from '../modules/milestones/milestone.entity.js';
import { Organisation, ProgramOrganisation } from '../modules/organisations/organisation.entity.js';
import { Program } from '../modules/programs/program.entity.js';
import { Source } from '../modules/sources/source.entity.js';
import { Indicator, Observation, Target } from '../modules/statistics/indicator.entity.js';
import { Exemption, Zone, ZoneOrganisation } from '../modules/zones/zone.entity.js';
import { AuditEvent } from '../records/audit-event.entity.js';

/** Every mapped entity, listed explicitly so that the same list works from source and from dist. */
export const entities = [
  ...embeddables,
  Source,
  Program,
  Organisation,
  ProgramOrganisation,
  Zone,
  ZoneOrganisation,
  Exemption,
  Facility,
  FacilityOrganisation,
  Milestone,
  Indicator,
  Observation,
  Target,
  BenefitRule,
  User,
  Session,
  ApiToken,
  SignInThrottle,
  AuditEvent,
];
