import { wrap } from '@mikro-orm/core';
import { builder } from '../../graphql/builder.js';
import { MissingRecord } from '../../graphql/errors.js';
import { FacilityRef } from '../facilities/ref.js';
import { OrganisationRef } from '../organisations/ref.js';
import { ProgramRef } from '../programs/ref.js';
import { ZoneRef } from '../zones/ref.js';
import type { IndicatorRow } from './indicator.entity.js';
import { indicatorRepository, type SubjectProperty, subjectOf } from './indicator.repository.js';
import { IndicatorRef } from './statistics.ref.js';

const REFS = {
  PROGRAM: ProgramRef,
  ZONE: ZoneRef,
  FACILITY: FacilityRef,
  ORGANISATION: OrganisationRef,
  CITY: OrganisationRef,
} as const;

export const IndicatorSubject = builder.unionType('IndicatorSubject', {
  description:
    'What an indicator is about: a program, a zone, a facility, or an organisation (the city is one).',
  types: [ProgramRef, ZoneRef, FacilityRef, OrganisationRef],
  // Every member is a MikroORM entity; its metadata names the GraphQL type.
  resolveType: (entity) => wrap(entity as object, true).__meta.className,
});

builder.objectFields(IndicatorRef, (t) => ({
  subject: t.field({
    type: IndicatorSubject,
    nullable: true,
    description:
      'The subject itself, loaded in one batch per type for a whole page of indicators; null when the caller may not see it.',
    resolve: async (indicator: IndicatorRow, _, ctx) => {
      const subject = subjectOf(indicator);
      // A subject hidden by the caller's visibility comes back from the store without its key.
      if (!subject.id) return null;
      const loader = REFS[subject.type].getDataloader(ctx) as { load(id: string): Promise<object> };
      return (await loader.load(subject.id).catch((error: unknown) => {
        if (error instanceof MissingRecord) return null;
        throw error;
      })) as never;
    },
  }),
}));

/** `X.indicators` on each kind of subject, batched: one query for a whole page of subjects. */
function indicatorsOn(
  ref: typeof ProgramRef | typeof ZoneRef | typeof FacilityRef | typeof OrganisationRef,
  property: SubjectProperty,
  what: string,
) {
  builder.objectFields(ref as typeof ProgramRef, (t) => ({
    indicators: t.loadableGroup({
      type: IndicatorRef,
      description: `Indicators about this ${what}, by code.`,
      load: (ids: string[], ctx) => indicatorRepository.ofSubjects(ctx.em, property, ids),
      group: (indicator) => ((indicator as IndicatorRow)[property] as { id: string }).id,
      resolve: (subject) => subject.id,
    }),
  }));
}

indicatorsOn(ProgramRef, 'subjectProgram', 'program');
indicatorsOn(ZoneRef, 'subjectZone', 'zone');
indicatorsOn(FacilityRef, 'subjectFacility', 'facility');
indicatorsOn(OrganisationRef, 'subjectOrganisation', 'organisation (for the city: its city-wide figures)');
