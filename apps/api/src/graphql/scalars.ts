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

/**
 * A file part of a multipart request; anything else (a string in JSON variables) is no file. Yoga's
 * parts are its fetch implementation's Blobs, which are not the global class: known by their shape.
 */
function parseFile(value: unknown): File {
  const blob = value as Partial<File> | null;
  if (typeof blob?.arrayBuffer === 'function' && typeof blob.size === 'number') return value as File;
  throw new GraphQLError(
    'File must be sent as a file part of a multipart/form-data request (the GraphQL multipart request spec).',
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

builder.scalarType('File', {
  description:
    'A file uploaded with the GraphQL multipart request spec (multipart/form-data: operations, map, the file). Input only.',
  serialize: () => {
    throw new GraphQLError('File is an input-only scalar.');
  },
  parseValue: parseFile,
  parseLiteral: () => parseFile(undefined),
});
