import type { ZoneGeometry } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import bboxPolygon from '@turf/bbox-polygon';
import booleanIntersects from '@turf/boolean-intersects';
import type booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Context } from '../../graphql/context.js';
import { checkedBox, mapFilterTree } from '../../graphql/spatial.js';
import type { ZoneFilterInput } from './zone.filter.js';

interface OutlineRow {
  id: string;
  geometry: string;
  bounds_west: number;
  bounds_south: number;
  bounds_east: number;
  bounds_north: number;
}

const OUTLINE_COLUMNS = 'id, geometry, bounds_west, bounds_south, bounds_east, bounds_north';

/** A Polygon or MultiPolygon as turf takes it (the domain's type differs only in how it types bbox). */
export type Outline = Parameters<typeof booleanPointInPolygon>[1];

function featureOf(geometry: ZoneGeometry): Outline {
  return { type: geometry.type, coordinates: geometry.coordinates } as Outline;
}

const outlineOf = (row: OutlineRow) => ({
  id: row.id,
  geometry: featureOf(JSON.parse(row.geometry) as ZoneGeometry),
  bounds: { west: row.bounds_west, south: row.bounds_south, east: row.bounds_east, north: row.bounds_north },
});

/** A zone's outline and its extent, or null when it has none (or the caller may see only public zones and it is not). */
export async function zoneOutline(em: EntityManager, zoneId: string, publicOnly: boolean) {
  const visible = publicOnly ? " and visibility = 'PUBLIC'" : '';
  const [row]: OutlineRow[] = await em
    .getConnection()
    .execute<OutlineRow[]>(
      `select ${OUTLINE_COLUMNS} from zone where id = ? and geometry is not null and bounds_west is not null${visible}`,
      [zoneId],
    );
  return row ? outlineOf(row) : null;
}

/**
 * `withinBox` on zones: the zones whose outline reaches into the box — candidates whose extent
 * overlaps it (by index), then the exact test with turf. A zone without an outline is in no box.
 */
export function prepareZoneFilter(filter: ZoneFilterInput, ctx: Context) {
  return mapFilterTree(filter, async (level) => {
    if (!level.withinBox) return level;
    const box = checkedBox(level.withinBox, 'filter.withinBox', ctx);
    const candidates: OutlineRow[] = await ctx.em
      .getConnection()
      .execute<OutlineRow[]>(
        `select ${OUTLINE_COLUMNS} from zone where bounds_west <= ? and bounds_east >= ? and bounds_south <= ? and bounds_north >= ?`,
        [box.east, box.west, box.north, box.south],
      );
    const area = bboxPolygon([box.west, box.south, box.east, box.north]);
    const withinBoxIds = candidates
      .map(outlineOf)
      .filter((zone) => booleanIntersects(zone.geometry, area))
      .map((zone) => zone.id);
    return { ...level, withinBox: box, withinBoxIds };
  });
}
