import { computeEntitlement, type Payment } from '@bitgoeul/domain';
import { builder } from '../../graphql/builder.js';
import { MissingRecord, notFound } from '../../graphql/errors.js';
import { decodeIdList } from '../../records/record-mutations.js';
import { ProgramRef } from '../programs/ref.js';
import { BenefitKindEnum, BenefitRuleRef, ChildOrderEnum } from './benefit-rule.ref.js';
import { benefitRuleRepository, domainRule } from './benefit-rule.repository.js';

const PaymentRef = builder.objectRef<Payment>('EntitlementPayment').implement({
  description: 'One payment a family is due.',
  fields: (t) => ({
    rule: t.field({ type: BenefitRuleRef, resolve: (p) => p.ruleId }),
    program: t.field({ type: ProgramRef, resolve: (p) => p.programId }),
    kind: t.field({ type: BenefitKindEnum, resolve: (p) => p.kind }),
    date: t.field({ type: 'Date', resolve: (p) => p.date }),
    amount: t.float({ description: 'Whole KRW.', resolve: (p) => p.amount }),
    instalment: t.exposeInt('instalment', { description: '1-based position among the rule’s payments.' }),
    instalments: t.exposeInt('instalments'),
  }),
});

const EntitlementRef = builder.objectRef<{ payments: Payment[]; total: number }>('Entitlement').implement({
  description:
    'Everything a family is entitled to for one child, computed by the domain (computeEntitlement).',
  fields: (t) => ({
    payments: t.field({ type: [PaymentRef], description: 'By date.', resolve: (e) => e.payments }),
    total: t.float({ description: 'Sum of the payments, whole KRW.', resolve: (e) => e.total }),
  }),
});

builder.queryFields((t) => ({
  entitlement: t.field({
    type: EntitlementRef,
    description:
      'The payments for a child born on `birthDate` of order `childOrder`, under the rules in effect on the birth date: of the given programs, or of every program that has rules.',
    args: {
      programIds: t.arg.idList({ description: 'Programs whose rules apply; all programs when left out.' }),
      birthDate: t.arg({ type: 'Date', required: true }),
      childOrder: t.arg({ type: ChildOrderEnum, required: true }),
    },
    resolve: async (_, args, ctx) => {
      const programIds = decodeIdList(args.programIds, 'Program', 'programIds') ?? null;
      if (programIds) {
        // Whole programs through the programs' own loader (and the caller's visibility): each payment's
        // `program` is then answered from it, never from a partial row.
        const programs = await ProgramRef.getDataloader(ctx).loadMany(programIds);
        const missing = programs.findIndex((program) => program instanceof Error);
        if (missing >= 0) {
          if (!(programs[missing] instanceof MissingRecord)) throw programs[missing];
          throw notFound('Program', String(args.programIds![missing]));
        }
      }
      const rules = await benefitRuleRepository.ofPrograms(ctx.em, programIds);
      return computeEntitlement(rules.map(domainRule), {
        birthDate: args.birthDate,
        childOrder: args.childOrder,
      });
    },
  }),
}));
