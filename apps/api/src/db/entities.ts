import { ApiToken, Session, SignInThrottle, User } from '../modules/accounts/account.entity.js';
import { AuditEvent } from '../modules/audit/audit.entity.js';
import { BenefitRule } from '../modules/benefits/benefit-rule.entity.js';
import { Facility, FacilityOrganisation, Milestone } from '../modules/facilities/facility.entity.js';
import { Organisation, ProgramOrganisation } from '../modules/organisations/organisation.entity.js';
import { Program } from '../modules/programs/program.entity.js';
import { Source } from '../modules/sources/source.entity.js';
import { Indicator, Observation, Target } from '../modules/statistics/indicator.entity.js';
import { Exemption, Zone, ZoneOrganisation } from '../modules/zones/zone.entity.js';
import { embeddables } from './embeddables.js';

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
