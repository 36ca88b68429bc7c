import { DESCRIPTION_MAX, NAME_MAX } from '@bitgoeul/domain';
import { GraphQLInputObjectType, getNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../wiring/schema.js';

const inputFields = () =>
  Object.values(schema.getTypeMap())
    .filter(
      (t): t is GraphQLInputObjectType =>
        t instanceof GraphQLInputObjectType && !/ImportRowInput$/.test(t.name),
    )
    .flatMap((t) => Object.values(t.getFields()).map((f) => ({ type: t.name, field: f })));

describe('the input limits in the schema', () => {
  it('documents a limit on every text, number and date field a mutation takes', () => {
    const undocumented = inputFields()
      .filter(({ type, field }) => {
        const named = getNamedType(field.type).name;
        if (!['String', 'LocalizedTextInput', 'Float', 'Date'].includes(named)) return false;
        // Coordinates are bounded by the globe and say so in their own type.
        if (type === 'CoordinatesInput' || type === 'LocalizedTextInput') return false;
        return !/at most|from |to \d/i.test(field.description ?? '');
      })
      .map(({ type, field }) => `${type}.${field.name}`);
    expect(undocumented).toEqual([]);
  });

  it('takes the figures from the domain, not from a copy', () => {
    const fields = (schema.getType('CreateProgramInput') as GraphQLInputObjectType).getFields();
    expect(fields.name!.description).toContain(`At most ${NAME_MAX} characters in each language`);
    const org = (schema.getType('CreateOrganisationInput') as GraphQLInputObjectType).getFields();
    expect(org.description!.description).toContain(
      `At most ${DESCRIPTION_MAX.toLocaleString('en-US')} characters`,
    );
    const filter = (schema.getType('ProgramFilter') as GraphQLInputObjectType).getFields();
    expect(filter.search!.description).toContain('At most 200 characters');
  });
});
