import type { FacilityStatus, ZoneKind } from '@bitgoeul/domain';

/** One colour per zone kind, from a palette that stays apart for the common kinds of colour blindness. */
export const ZONE_COLOURS: Record<ZoneKind, string> = {
  ECONOMIC_FREE_ZONE: '#0072b2',
  FEZ_DISTRICT: '#56b4e9',
  RND_SPECIAL_ZONE: '#009e73',
  REGULATION_FREE_ZONE: '#e69f00',
  NATIONAL_INDUSTRIAL_COMPLEX: '#cc79a7',
  GENERAL_INDUSTRIAL_COMPLEX: '#d55e00',
  URBAN_HIGH_TECH_COMPLEX: '#f0e442',
  CONVERGENCE_CLUSTER: '#7b3294',
};

/** Facilities by where they are in their lifecycle: grey before work, amber during, green in use. */
export const STATUS_COLOURS: Record<FacilityStatus, string> = {
  PLANNED: '#9e9e9e',
  AGREED: '#607d8b',
  UNDER_CONSTRUCTION: '#f57c00',
  COMPLETED: '#1976d2',
  OPERATING: '#2e7d32',
  SUSPENDED: '#c62828',
  CLOSED: '#424242',
};
