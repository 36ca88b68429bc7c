import { FacilityKind, FacilityStatus, LocationPrecision, Visibility } from '@bitgoeul/domain';
import { codeColumn, column, type ExportColumn } from '../export/exportColumns';

export const FACILITY_EXPORT_COLUMNS: readonly ExportColumn[] = [
  column('code'),
  column('name.ko'),
  column('name.en'),
  codeColumn('kind', FacilityKind),
  codeColumn('status', FacilityStatus),
  column('location.address.ko'),
  column('location.coordinates.lon'),
  column('location.coordinates.lat'),
  codeColumn('location.precision', LocationPrecision),
  column('capacity.value'),
  codeColumn('visibility', Visibility),
  column('updatedAt'),
];
