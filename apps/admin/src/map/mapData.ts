import type { FacilityStatus, LocationPrecision } from '@bitgoeul/domain';
import type { GraphqlQuery } from '../dataProvider/dataProvider';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { isAreaGeometry } from './geometry';
import type { FacilityPoint, ZoneShape } from './layers';

export type MapZone = ZoneShape;

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
      nodes { id code name { ko en } kind version geometry }
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

const FACILITY_CARD = /* GraphQL */ `
  query MapFacilityCard($id: ID!) {
    facility(id: $id) {
      id
      kind
      zone { id name { ko en } }
      indicators { id name { ko en } unit latest { value periodLabel } }
    }
  }
`;

const ZONE_CARD = /* GraphQL */ `
  query MapZoneCard($id: ID!) {
    zone(id: $id) {
      id
      status
      area { squareMetres }
      parent { id name { ko en } }
      facilities { id }
      indicators { id name { ko en } unit latest { value periodLabel } }
    }
  }
`;

export const MAP_DOCUMENTS = {
  MAP_ZONES: ZONES,
  MAP_FACILITIES: FACILITIES,
  PLACE_FACILITY,
  FACILITY_CARD,
  ZONE_CARD,
};

export interface CardFigure {
  id: string;
  name: LocalizedText;
  unit: string;
  latest: { value: string; periodLabel: string } | null;
}

export interface FacilityCard {
  id: string;
  kind: string;
  zone: { id: string; name: LocalizedText } | null;
  indicators: CardFigure[];
}

export interface ZoneCard {
  id: string;
  status: string;
  area: { squareMetres: number } | null;
  parent: { id: string; name: LocalizedText } | null;
  facilities: { id: string }[];
  indicators: CardFigure[];
}

export async function loadFacilityCard(query: GraphqlQuery, id: string): Promise<FacilityCard> {
  return (await query<{ facility: FacilityCard }>(FACILITY_CARD, { id })).facility;
}

export async function loadZoneCard(query: GraphqlQuery, id: string): Promise<ZoneCard> {
  return (await query<{ zone: ZoneCard }>(ZONE_CARD, { id })).zone;
}

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

const ZONE_PANE = /* GraphQL */ `
  query ZoneMapPane($id: ID!) {
    zone(id: $id) {
      id code name { ko en } kind version geometry
      children { id code name { ko en } kind version geometry }
      facilities { id code name { ko en } status location { coordinates { lon lat } precision } }
    }
  }
`;

const FACILITY_PANE = /* GraphQL */ `
  query FacilityMapPane($id: ID!) {
    facility(id: $id) {
      id code name { ko en } status location { coordinates { lon lat } precision }
      zone { id code name { ko en } kind version geometry }
    }
  }
`;

const UPDATE_ZONE_OUTLINE = /* GraphQL */ `
  mutation UpdateZoneOutline($input: UpdateZoneInput!) {
    updateZone(input: $input) {
      zone { id version geometry }
      userErrors { field message code }
    }
  }
`;

export const PANE_DOCUMENTS = { ZONE_PANE, FACILITY_PANE, UPDATE_ZONE_OUTLINE };

interface PaneFacility {
  id: string;
  code: string;
  name: LocalizedText;
  status: FacilityStatus;
  location: { coordinates: { lon: number; lat: number } | null; precision: LocationPrecision } | null;
}

interface PaneZone extends Omit<ZoneShape, 'geometry'> {
  geometry: unknown;
}

export interface ZonePane {
  zone: ZoneShape | PaneZone;
  children: ZoneShape[];
  facilities: FacilityPoint[];
}

/** A facility with coordinates, as the map draws it; null without them. */
export const locatedPoint = (f: PaneFacility): FacilityPoint | null => {
  const c = f.location?.coordinates;
  return c ? { ...f, lon: c.lon, lat: c.lat, precision: f.location!.precision } : null;
};

export const hasOutline = (zone: ZoneShape | PaneZone): zone is ZoneShape => isAreaGeometry(zone.geometry);

/** A zone with its outline, its sub-zones that have one and its facilities that have a point. */
export async function loadZonePane(query: GraphqlQuery, id: string): Promise<ZonePane> {
  const { zone } = await query<{
    zone: PaneZone & { children: PaneZone[]; facilities: PaneFacility[] };
  }>(ZONE_PANE, { id });
  const { children, facilities, ...self } = zone;
  return {
    zone: self,
    children: children.filter(hasOutline),
    facilities: facilities.map(locatedPoint).filter((p) => p !== null),
  };
}

export interface FacilityPane {
  point: FacilityPoint | null;
  zone: ZoneShape | null;
}

export async function loadFacilityPane(query: GraphqlQuery, id: string): Promise<FacilityPane> {
  const { facility } = await query<{ facility: PaneFacility & { zone: PaneZone | null } }>(FACILITY_PANE, {
    id,
  });
  return {
    point: locatedPoint(facility),
    zone: facility.zone && hasOutline(facility.zone) ? facility.zone : null,
  };
}

export interface OutlineResult {
  zone: { id: string; version: number } | null;
  userErrors: { field: string[]; message: string; code: string }[];
}

/** A zone's outline replaced (or cleared with null), sent with the version it was read at. */
export async function saveZoneOutline(
  query: GraphqlQuery,
  zone: { id: string; version: number },
  geometry: unknown,
): Promise<OutlineResult> {
  const { updateZone } = await query<{ updateZone: OutlineResult }>(UPDATE_ZONE_OUTLINE, {
    input: { id: zone.id, version: zone.version, geometry },
  });
  return updateZone;
}
