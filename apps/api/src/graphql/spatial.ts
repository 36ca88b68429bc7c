import {
  type Bilingual,
  type BoundingBox,
  BoundingBoxInput as BoundingBoxSchema,
  formatIssue,
  NEAR_RADIUS_MAX,
  type Near,
  NearInput as NearSchema,
  validateWith,
} from '@bitgoeul/domain';
import type { z } from 'zod';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { badInput } from './errors.js';
import type { Combinable } from './filters.js';

/**
 * The spatial filters' inputs, shared by every module that finds records by place. The domain says
 * what a valid box and radius are; a bad one is refused as a bad argument naming its field, in the
 * caller's language, before anything is read.
 */
const LONGITUDE = 'Longitude in degrees, from -180 to 180';
const LATITUDE = 'Latitude in degrees, from -90 to 90';

export const BoundingBoxRef = builder.inputRef<BoundingBox>('BoundingBoxInput').implement({
  description: 'A rectangle in WGS84 degrees: west ≤ east longitudes, south ≤ north latitudes.',
  fields: (t) => ({
    west: t.float({ required: true, description: LONGITUDE }),
    south: t.float({ required: true, description: LATITUDE }),
    east: t.float({ required: true, description: `${LONGITUDE}; not west of west.` }),
    north: t.float({ required: true, description: `${LATITUDE}; not south of south.` }),
  }),
});

export const NearRef = builder.inputRef<Near>('NearInput').implement({
  description: `Within radiusMetres (more than 0, at most ${NEAR_RADIUS_MAX.toLocaleString('en')}) of a point, on the sphere.`,
  fields: (t) => ({
    lon: t.float({ required: true, description: LONGITUDE }),
    lat: t.float({ required: true, description: LATITUDE }),
    radiusMetres: t.float({
      required: true,
      description: `Metres: more than 0, at most ${NEAR_RADIUS_MAX.toLocaleString('en')}.`,
    }),
  }),
});

const LABELS: Record<string, Bilingual> = {
  west: { ko: '서쪽 경도', en: 'West longitude' },
  south: { ko: '남쪽 위도', en: 'South latitude' },
  east: { ko: '동쪽 경도', en: 'East longitude' },
  north: { ko: '북쪽 위도', en: 'North latitude' },
  lon: { ko: '경도', en: 'Longitude' },
  lat: { ko: '위도', en: 'Latitude' },
  radiusMetres: { ko: '반경(m)', en: 'Radius (m)' },
};

function checked<S extends z.ZodType>(
  schema: S,
  value: unknown,
  argument: string,
  ctx: Context,
): z.output<S> {
  const result = validateWith(schema, value);
  if (result.ok) return result.value;
  const issue = result.issues[0]!;
  const field = issue.field ? `${argument}.${issue.field}` : argument;
  throw badInput(`${field}: ${formatIssue(issue, ctx.locale, LABELS)}`, { field, issue: issue.code });
}

export const checkedBox = (value: unknown, argument: string, ctx: Context): BoundingBox =>
  checked(BoundingBoxSchema, value, argument, ctx);
export const checkedNear = (value: unknown, argument: string, ctx: Context): Near =>
  checked(NearSchema, value, argument, ctx);

/**
 * Rewrites a filter tree before it becomes SQL: `resolve` turns one level's spatial conditions into
 * what SQL can say (ids found by an exact test in code), and the walk follows and / or / not.
 */
export async function mapFilterTree<F extends Combinable<F>>(
  filter: F,
  resolve: (level: F) => Promise<F>,
): Promise<F> {
  const level = await resolve(filter);
  const each = (list: readonly F[]) => Promise.all(list.map((f) => mapFilterTree(f, resolve)));
  return {
    ...level,
    ...(filter.and ? { and: await each(filter.and) } : {}),
    ...(filter.or ? { or: await each(filter.or) } : {}),
    ...(filter.not ? { not: await mapFilterTree(filter.not, resolve) } : {}),
  };
}
