import {
  availableActions,
  displayStateOf,
  PublicationAction,
  PublicationDisplay,
  PublicationState,
} from '@bitgoeul/domain';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { builder } from '../../graphql/builder.js';
import { codeListEnum, UserErrorRef } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import { decodeOptionalId } from '../../records/record-mutations.js';
import type { ObservationRow } from './indicator.entity.js';
import { type Transitioned, transitionObservation } from './observation-publication.service.js';
import { IndicatorRef, ObservationRef, type ObservationView } from './statistics.ref.js';

const PublicationStateEnum = codeListEnum(PublicationState);
const PublicationActionEnum = codeListEnum(PublicationAction);
const PublicationDisplayEnum = codeListEnum(PublicationDisplay);

const iso = (at: Date | null | undefined) => (at ? at.toISOString() : null);

/** The workflow's columns are the office's business: the public reads only what was released. */
const signedIn = <T>(ctx: Context, value: () => T): T | null => (seesOnlyPublic(ctx.caller) ? null : value());

const timesOf = (row: ObservationRow) => ({
  state: row.publicationState,
  publishedAt: iso(row.publishedAt),
  releaseAt: iso(row.releaseAt),
});

builder.objectFields(ObservationRef, (t) => ({
  publicationState: t.field({
    type: PublicationStateEnum,
    nullable: true,
    description: 'Where this vintage stands on its way to the public (공개 절차); null to the public.',
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.publicationState),
  }),
  publicationDisplay: t.field({
    type: PublicationDisplayEnum,
    nullable: true,
    description:
      'The state as shown beside the figure: SCHEDULED while published under embargo; null to the public.',
    resolve: (o, _, ctx) => signedIn(ctx, () => displayStateOf(timesOf(o.row), new Date())),
  }),
  availableActions: t.field({
    type: [PublicationActionEnum],
    description: 'The steps the caller may take on this vintage now (none for the public).',
    resolve: async (o, _, ctx) => {
      const user = ctx.caller.user;
      if (!user) return [];
      const indicator = await IndicatorRef.getDataloader(ctx).load(o.row.indicator.id);
      return availableActions(
        {
          ...timesOf(o.row),
          version: o.row.version,
          lastChangedBy: o.row.lastChangedBy ?? null,
          visibility: indicator.visibility,
        },
        { id: user.id, role: user.role },
        new Date(),
      );
    },
  }),
  submittedAt: t.field({
    type: 'DateTime',
    nullable: true,
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.submittedAt ?? null),
  }),
  reviewedAt: t.field({
    type: 'DateTime',
    nullable: true,
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.reviewedAt ?? null),
  }),
  reviewComment: t.string({
    nullable: true,
    description: "A return's comment (what to fix), or an approval's.",
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.reviewComment ?? null),
  }),
  publishedAt: t.field({
    type: 'DateTime',
    nullable: true,
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.publishedAt ?? null),
  }),
  releaseAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the public may see it: the scheduled time, or when it was published now.',
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.releaseAt ?? null),
  }),
  withdrawnAt: t.field({
    type: 'DateTime',
    nullable: true,
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.withdrawnAt ?? null),
  }),
  withdrawalReason: t.string({
    nullable: true,
    resolve: (o, _, ctx) => signedIn(ctx, () => o.row.withdrawalReason ?? null),
  }),
  publicFrom: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the public first saw this vintage; null if it never was (or not yet scheduled).',
    resolve: (o) => o.row.publicFrom ?? null,
  }),
  publicUntil: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the public stopped seeing it (withdrawn, or replaced by a released correction).',
    resolve: (o) => o.row.publicUntil ?? null,
  }),
}));

const TransitionObservationInput = builder.inputType('TransitionObservationInput', {
  fields: (t) => ({
    id: t.id({ required: true, description: 'The vintage to move along.' }),
    version: t.int({
      required: true,
      description: 'The version you read; if someone saved since, STALE_VERSION.',
    }),
    action: t.field({ type: PublicationActionEnum, required: true }),
    comment: t.string({ description: 'Required to RETURN (what to fix); optional to APPROVE.' }),
    reason: t.string({ description: 'Required to WITHDRAW: the public record of why.' }),
    releaseAt: t.string({
      description:
        'Required to SCHEDULE: an ISO 8601 instant with its offset, later than now (2026-03-02T09:00:00+09:00).',
    }),
  }),
});

const TransitionObservationPayload = builder
  .objectRef<Transitioned>('TransitionObservationPayload')
  .implement({
    fields: (t) => ({
      observation: t.field({
        type: ObservationRef,
        nullable: true,
        resolve: (p): ObservationView | null => (p.record ? { row: p.record, asOf: null } : null),
      }),
      userErrors: t.field({ type: [UserErrorRef], resolve: (p) => p.userErrors }),
    }),
  });

builder.mutationFields((t) => ({
  transitionObservation: t.field({
    type: TransitionObservationPayload,
    description:
      'One step of the publishing workflow for one vintage: SUBMIT (editor), APPROVE or RETURN (a reviewer other than its last editor), PUBLISH now or SCHEDULE a release, WITHDRAW (reviewer).',
    args: { input: t.arg({ type: TransitionObservationInput, required: true }) },
    resolve: (_, { input }, ctx) => {
      const { id, ...step } = input;
      return transitionObservation(ctx, decodeOptionalId(id, 'Observation', 'id')!, step);
    },
  }),
}));
