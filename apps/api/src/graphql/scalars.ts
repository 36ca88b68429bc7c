import { calendarDate } from '@bitgoeul/domain';
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

function parseDate(value: unknown): string {
  // Format only: a real date out of the kept range is the domain's to refuse, as a userError naming the field.
  if (typeof value === 'string' && calendarDate.safeParse(value).success) return value;
  throw new GraphQLError(
    `Date must be a real calendar date written YYYY-MM-DD; got ${JSON.stringify(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

builder.scalarType('Date', {
  description: 'A calendar date in Asia/Seoul, written YYYY-MM-DD (ISO 8601).',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const date = typeof value === 'string' ? new Date(value) : undefined;
  if (date && !Number.isNaN(date.getTime()) && /T/.test(value as string)) return date;
  throw new GraphQLError(
    `DateTime must be an ISO 8601 instant such as 2021-04-30T09:00:00+09:00; got ${JSON.stringify(value)}`,
    {
      extensions: { code: 'BAD_USER_INPUT' },
    },
  );
}

builder.scalarType('DateTime', {
  description: 'An instant, written ISO 8601 with its offset (e.g. 2021-04-30T00:00:00.000Z).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
