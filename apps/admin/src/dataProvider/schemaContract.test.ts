import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BENEFIT_RULES_QUERY } from '../calculator/benefitRulesQuery';
import { DASHBOARD_QUERY } from '../dashboard/dashboardQuery';
import { historyQuery, RESTORE_RECORD_MUTATION } from '../history/historyDocuments';
import {
  IMPORT_OBSERVATIONS_MUTATION,
  IMPORT_PROGRAMS_MUTATION,
  INDICATORS_BY_CODE_QUERY,
} from '../import/importDocuments';
import { FIGURES_DOCUMENTS } from '../indicators/FiguresSection';
import {
  CORRECT_OBSERVATION_MUTATION,
  INDICATOR_OBSERVATIONS_QUERY,
  RECORD_OBSERVATION_MUTATION,
} from '../indicators/observationDocuments';
import { MAP_DOCUMENTS, PANE_DOCUMENTS } from '../map/mapData';
import { CHANGE_MY_PASSWORD_MUTATION, ME_QUERY, UPDATE_ME_MUTATION } from '../profile/profileDocuments';
import {
  ISSUE_API_TOKEN_MUTATION,
  REVOKE_API_TOKEN_MUTATION,
  USER_TOKENS_QUERY,
} from '../users/tokenDocuments';
import { documentsFor } from './documents';
import { RESOURCES } from './registry';
import { resolveResource } from './resourceDefinition';

/**
 * The API's printed schema is the contract (apps/api/schema.graphql, committed and kept current by the
 * API's own test). Every document the admin can send is checked against it, so a renamed field or a
 * changed input fails here rather than in front of an official.
 */
const schema = buildSchema(readFileSync(new URL('../../../api/schema.graphql', import.meta.url), 'utf8'));

const errorsOf = (document: string) => validate(schema, parse(document)).map((e) => e.message);

describe('the documents the admin sends are valid against apps/api/schema.graphql', () => {
  describe.each(RESOURCES.map((r) => [r.name, r] as const))('%s', (_name, definition) => {
    const docs = documentsFor(resolveResource(definition));
    it.each(['list', 'one', 'create', 'update', 'delete'] as const)('%s', (kind) => {
      const resource = resolveResource(definition);
      if (kind !== 'list' && kind !== 'one' && !resource.mutations[kind]) return;
      if (kind === 'one' && !resource.single) return;
      expect(errorsOf(docs[kind])).toEqual([]);
    });
    it('deleteMany', () => {
      if (resolveResource(definition).mutations.delete) expect(errorsOf(docs.deleteMany(2))).toEqual([]);
    });
    it('many', () => {
      if (resolveResource(definition).manyBy === 'single') expect(errorsOf(docs.many(2))).toEqual([]);
    });
    // Every record the admin shows has a History tab (accounts and the log itself have none).
    it('history', () => {
      if (definition.name !== 'users' && definition.name !== 'auditEvents') {
        expect(errorsOf(historyQuery(definition))).toEqual([]);
      }
    });
  });

  it.each(
    Object.entries({
      BENEFIT_RULES_QUERY,
      DASHBOARD_QUERY,
      INDICATOR_OBSERVATIONS_QUERY,
      RECORD_OBSERVATION_MUTATION,
      CORRECT_OBSERVATION_MUTATION,
      ...MAP_DOCUMENTS,
      ...PANE_DOCUMENTS,
      ...FIGURES_DOCUMENTS,
      RESTORE_RECORD_MUTATION,
      USER_TOKENS_QUERY,
      ISSUE_API_TOKEN_MUTATION,
      REVOKE_API_TOKEN_MUTATION,
      IMPORT_OBSERVATIONS_MUTATION,
      IMPORT_PROGRAMS_MUTATION,
      INDICATORS_BY_CODE_QUERY,
      ME_QUERY,
      UPDATE_ME_MUTATION,
      CHANGE_MY_PASSWORD_MUTATION,
    }),
  )('%s', (_name, document) => {
    expect(errorsOf(document)).toEqual([]);
  });
});
