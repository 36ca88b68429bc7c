import type { BoundingBox } from '@bitgoeul/domain';
import { parseCityBounds } from '../config.js';

let cached: { raw: string | undefined; bounds: BoundingBox } | null = null;

/**
 * Where a record may be placed, as the process is configured (BITGOEUL_CITY_BOUNDS), for checks deep
 * in a write; start-up has already refused a bad value through loadConfig.
 */
export function configuredCityBounds(env: NodeJS.ProcessEnv = process.env): BoundingBox {
  const raw = env.BITGOEUL_CITY_BOUNDS;
  if (!cached || cached.raw !== raw) cached = { raw, bounds: parseCityBounds(raw) };
  return cached.bounds;
}
