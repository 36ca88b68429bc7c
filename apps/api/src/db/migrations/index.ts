import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000Programs } from './Migration20261125000000-programs.js';
import { Migration20261125010000WholeDomain } from './Migration20261125010000-whole-domain.js';
import { Migration20261125030000AccountsAudit } from './Migration20261125030000-accounts-audit.js';
import { Migration20261130000000LatestFigureIndex } from './Migration20261130000000-latest-figure-index.js';
import { Migration20261204000000ObservationOrderIndex } from './Migration20261204000000-observation-order-index.js';
import { Migration20261204100000ZoneBounds } from './Migration20261204100000-zone-bounds.js';
import { Migration20261205000000ObservationPublication } from './Migration20261205000000-observation-publication.js';

/**
 * Migrations in the order they run. They are imported rather than discovered from a folder so
 * that the compiled server, the tests and the CLI all see exactly the same list.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125000000-programs', class: Migration20261125000000Programs },
  { name: 'Migration20261125010000-whole-domain', class: Migration20261125010000WholeDomain },
  { name: 'Migration20261125030000-accounts-audit', class: Migration20261125030000AccountsAudit },
  { name: 'Migration20261130000000-latest-figure-index', class: Migration20261130000000LatestFigureIndex },
  {
    name: 'Migration20261204000000-observation-order-index',
    class: Migration20261204000000ObservationOrderIndex,
  },
  { name: 'Migration20261204100000-zone-bounds', class: Migration20261204100000ZoneBounds },
  {
    name: 'Migration20261205000000-observation-publication',
    class: Migration20261205000000ObservationPublication,
  },
];
