import type { BoundingBox } from '@bitgoeul/domain';
import { boxAround } from '@bitgoeul/domain';
import type { EntityManager } from '@mikro-orm/core';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { seesOnlyPublic } from '../../auth/visibility.js';
import { decodeId } from '../../graphql/common.js';
import type { Context } from '../../graphql/context.js';
import { checkedBox, checkedNear, mapFilterTree } from '../../graphql/spatial.js';
import { zoneOutline } from '../zones/ref.js';
import type { FacilityFilterInput } from './facility.filter.js';

/** Facilities whose point lies in the box: the prefilter of every spatial condition (by index). */
interface PointRow {
  id: string;
  longitude: number;
  latitude: number;
}

async function pointsIn(em: EntityManager, box: BoundingBox): Promise<PointRow[]> {
  return em
    .getConnection()
    .execute<PointRow[]>(
      'select id, longitude, latitude from facility where longitude between ? and ? and latitude between ? and ?',
      [box.west, box.east, box.south, box.north],
    );
}

/**
 * The spatial conditions of a facility filter, made into what SQL can test: `near` and `insideZone`
 * become the ids whose point passes the exact test (great-circle distance, point in polygon, with
 * turf) among the candidates the box prefilter found. `withinBox` is exact in SQL and is only checked.
 */
export function prepareFacilityFilter(filter: FacilityFilterInput, ctx: Context) {
  return mapFilterTree(filter, async (level) => {
    const out: FacilityFilterInput = { ...level };
    if (level.withinBox) out.withinBox = checkedBox(level.withinBox, 'filter.withinBox', ctx);
    if (level.near) {
      const near = checkedNear(level.near, 'filter.near', ctx);
      const candidates = await pointsIn(ctx.em, boxAround(near));
      out.nearIds = candidates
        .filter(
          (c) =>
            distance([near.lon, near.lat], [c.longitude, c.latitude], { units: 'meters' }) <=
            near.radiusMetres,
        )
        .map((c) => c.id);
    }
    if (level.insideZone != null) {
      const zoneId = decodeId(level.insideZone, 'Zone', 'filter.insideZone');
      const outline = await zoneOutline(ctx.em, zoneId, seesOnlyPublic(ctx.caller));
      // A zone without an outline (or one the caller may not see) has nothing inside it.
      const candidates = outline ? await pointsIn(ctx.em, outline.bounds) : [];
      out.insideZoneIds = candidates
        .filter((c) => booleanPointInPolygon([c.longitude, c.latitude], outline!.geometry))
        .map((c) => c.id);
    }
    return out;
  });
}
