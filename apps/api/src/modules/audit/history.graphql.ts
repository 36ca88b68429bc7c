import { builder } from '../../graphql/builder.js';
import type { AuditEventEntity } from '../../records/audit-event.entity.js';
import { BenefitRuleRef } from '../benefits/benefit-rule.refs.js';
import { FacilityRef, MilestoneRef } from '../facilities/facility.ref.js';
import { OrganisationRef } from '../organisations/organisation.graphql.js';
import { ProgramRef } from '../programs/program.graphql.js';
import { IndicatorRef } from '../statistics/statistics.refs.js';
import { ExemptionRef } from '../zones/exemption.graphql.js';
import { ZoneRef } from '../zones/zone.graphql.js';
import { AuditEventRef } from './audit.graphql.js';
import { auditRepository } from './audit.repository.js';

const RECORDS = {
  Program: ProgramRef,
  Organisation: OrganisationRef,
  Zone: ZoneRef,
  Exemption: ExemptionRef,
  Facility: FacilityRef,
  Milestone: MilestoneRef,
  Indicator: IndicatorRef,
  BenefitRule: BenefitRuleRef,
};

/** `history` on every record written through a RecordKit, loaded in one query for a whole page of records. */
for (const [typename, ref] of Object.entries(RECORDS)) {
  builder.objectFields(ref as typeof ProgramRef, (t) => ({
    history: t.loadableGroup({
      type: AuditEventRef,
      description:
        'Every recorded write to this record, newest first: who, when, and what changed. Editors and admins.',
      authScopes: { editor: true },
      load: (ids: string[], ctx) => auditRepository.historyOf(ctx.em, typename, ids),
      group: (event) => (event as AuditEventEntity).entityId,
      resolve: (record) => (record as { id: string }).id,
    }),
  }));
}
