import type { Bilingual } from '@bitgoeul/domain';
import type { ComponentType } from 'react';
import type { ResourceDefinition } from './dataProvider/resourceDefinition';
import type { ExportColumn } from './export/exportColumns';

type Labels = Readonly<Record<string, Bilingual>>;

/**
 * Everything the admin knows about one resource, in its folder's `index.ts`: the data definition the
 * data provider and the history read (GraphQL type, selection, filters, code lists), its names and field
 * labels (the messages), its CSV columns, its icon and its views. `resources.ts` lists them; `App.tsx`'s
 * `<Resource>`s and the messages' `resources.*` are derived from that list.
 */
export interface AdminResource<R = never> {
  record: ResourceDefinition;
  /** Korean has one form, English a singular and a plural (`Program |||| Programs`). */
  name: Bilingual;
  /** The fields a person fills in, as the domain names them. */
  fieldLabels?: Labels;
  /** What the views show beyond the inputs (relations, derived figures); wins over `fieldLabels`. */
  viewLabels?: Labels;
  /** The message key of its menu entry, when the menu says more than the pages ("사용자 관리"). */
  menuLabel?: string;
  /** The list's CSV export, headed by the field labels; none means react-admin's own exporter. */
  exportColumns?: readonly ExportColumn[];
  icon: ComponentType;
  /** Always text: react-admin's fallback would render a record's `title`, which is bilingual here. */
  recordRepresentation: (record: R) => string;
  list?: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
}

export const defineResource = <R>(resource: AdminResource<R>): AdminResource<R> => resource;

/** What a `<Resource>` carries in its `options` beyond react-admin's `label` (read by the list's exporter). */
export interface AdminResourceOptions {
  label?: string;
  exportColumns?: readonly ExportColumn[];
}
