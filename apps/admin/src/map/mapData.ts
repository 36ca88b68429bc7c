import type { FacilityStatus, LocationPrecision, ZoneKind } from '@bitgoeul/domain';
import type { GraphqlQuery } from '../dataProvider/dataProvider';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { type AreaGeometry, isAreaGeometry } from './projection';

export interface MapZone {
  id: string;
  code: string;
  name: LocalizedText;
  kind: ZoneKind;
  geometry: AreaGeometry;
}

export interface MapFacility {
  id: string;
  code: string;
  name: LocalizedText;
  status: FacilityStatus;
  version: number;
  location: {
    address: LocalizedText | null;
    coordinates: { lon: number; lat: number } | null;
    precision: LocationPrecision;
  } | null;
}

export interface MapData {
  zones: MapZone[];
  /** With coordinates: drawn as points. */
  placed: MapFacility[];
  /** Without: listed under the map so that none is silently missing. */
  unplaced: MapFacility[];
}

const ZONES = /* GraphQL */ `
  query MapZones($first: Int, $offset: Int) {
    page: zones(first: $first, offset: $offset) {
      totalCount
      nodes { id code name { ko en } kind geometry }
    }
  }
`;

const FACILITIES = /* GraphQL */ `
  query MapFacilities($first: Int, $offset: Int) {
    page: facilities(first: $first, offset: $offset) {
      totalCount
      nodes { id code name { ko en } status version location { address { ko en } coordinates { lon lat } precision } }
    }
  }
`;

const PLACE_FACILITY = /* GraphQL */ `
  mutation PlaceFacility($input: UpdateFacilityInput!) {
    updateFacility(input: $input) {
      facility { id version location { coordinates { lon lat } precision } }
      userErrors { field message code }
    }
  }
`;

export const MAP_DOCUMENTS = { MAP_ZONES: ZONES, MAP_FACILITIES: FACILITIES, PLACE_FACILITY };

export interface PlaceResult {
  userErrors: { field: string[]; message: string; code: string }[];
}

/**
 * Puts a facility where an official clicked: its address kept, the point marked PLACED_ON_MAP, and the
 * version it was read at sent, so a save over someone else's is refused (STALE_VERSION).
 */
export async function placeFacility(
  query: GraphqlQuery,
  facility: MapFacility,
  at: { lon: number; lat: number },
): Promise<PlaceResult> {
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const address = facility.location?.address ?? null;
  const { updateFacility } = await query<{ updateFacility: PlaceResult }>(PLACE_FACILITY, {
    input: {
      id: facility.id,
      version: facility.version,
      location: {
        address: address ? { ko: address.ko, en: address.en } : null,
        coordinates: { lon: round(at.lon), lat: round(at.lat) },
        precision: 'PLACED_ON_MAP',
      },
    },
  });
  return updateFacility;
}

const PAGE = 100;

/** Every record of a connection, a page of 100 at a time (the API's maximum). */
async function readAll<T>(query: GraphqlQuery, document: string): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const { page } = await query<{ page: { totalCount: number; nodes: T[] } }>(document, {
      first: PAGE,
      offset,
    });
    out.push(...page.nodes);
    if (page.nodes.length === 0 || offset + PAGE >= page.totalCount) return out;
  }
}

/** Zones that have an outline and every facility, split by whether it can be placed on the map. */
export async function loadMapData(query: GraphqlQuery): Promise<MapData> {
  const [zones, facilities] = await Promise.all([
    readAll<Omit<MapZone, 'geometry'> & { geometry: unknown }>(query, ZONES),
    readAll<MapFacility>(query, FACILITIES),
  ]);
  return {
    zones: zones.filter((z): z is MapZone => isAreaGeometry(z.geometry)),
    placed: facilities.filter((f) => f.location?.coordinates),
    unplaced: facilities.filter((f) => !f.location?.coordinates),
  };
}
