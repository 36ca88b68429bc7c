import { blankTextToNull, emptyGroupToNull } from '../common/emptyGroups';

/**
 * A facility form's location and capacity inputs, as the domain reads them: empty coordinates or
 * address are not given, and a location with neither is no location (its precision alone says nothing).
 */
export function prepareFacility(values: Record<string, unknown>): Record<string, unknown> {
  const location = (values.location ?? null) as {
    address?: unknown;
    coordinates?: unknown;
    precision?: unknown;
  } | null;
  const address = blankTextToNull(location?.address);
  const coordinates = emptyGroupToNull(location?.coordinates ?? null);
  return {
    ...values,
    location:
      address === null && coordinates === null
        ? null
        : { address, coordinates, precision: location?.precision || undefined },
    capacity: emptyGroupToNull(values.capacity ?? null),
    description: blankTextToNull(values.description),
  };
}
