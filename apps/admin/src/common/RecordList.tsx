import type { Locale } from '@bitgoeul/domain';
import { Box, Typography, useMediaQuery } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';
import {
  BulkDeleteButton,
  Datagrid,
  type DatagridProps,
  List,
  type ListProps,
  type RaRecord,
  SimpleList,
  type SortPayload,
  useRecordContext,
} from 'react-admin';
import { useCsvExporter } from '../export/useCsvExporter';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';

type Named = { ko: string; en?: string | null };
type NamedRecord = RaRecord & { name?: Named | null; code?: string | null };

/** The field a list of named records sorts by in the panel's language (the Korean name in Korean). */
export const nameSortField = (locale: Locale): string => (locale === 'en' ? 'name.en' : 'name.ko');

/** A list's default order: by name in the panel's language, as an official looks a record up. */
export function useNameSort(): SortPayload {
  return { field: nameSortField(useUiLocale()), order: 'ASC' };
}

/**
 * A list of named records as officials look them up: by name in the panel's language, 25 a page, the CSV
 * export headed in that language. Each list passes its filters and its own order where it has a better one.
 */
export const NamedRecordList = ({ children, ...props }: ListProps) => {
  const locale = useUiLocale();
  return (
    <List
      sort={{ field: nameSortField(locale), order: 'ASC' }}
      perPage={25}
      exporter={useCsvExporter()}
      {...props}
    >
      {children}
    </List>
  );
};

/**
 * A record's name in the panel's language, leading the row; the other language's name and the code follow
 * in small type, so a Korean official reads Korean first and the code stays at hand for those who use it.
 * `source` and `sortBy` stay on the element for the Datagrid's header and sort.
 */
export const NameField = (_props: {
  source?: string;
  label?: string;
  sortBy?: string;
  sortable?: boolean;
}) => {
  const record = useRecordContext<NamedRecord>();
  const locale = useUiLocale();
  if (!record?.name) return null;
  const primary = nameIn(record.name, locale);
  const other = locale === 'en' ? record.name.ko : record.name.en;
  const secondary = [other && other !== primary ? other : null, record.code].filter(Boolean).join(' · ');
  return (
    <Box component="span" sx={{ display: 'block', minWidth: '12em' }}>
      <Typography component="span" variant="body2" sx={{ display: 'block', wordBreak: 'keep-all' }}>
        {primary}
      </Typography>
      {secondary && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {secondary}
        </Typography>
      )}
    </Box>
  );
};

/** What a row says on a phone: its name, then its state, then its key figure. */
export interface PhoneRow<R> {
  /** The row's title when the record has no name (a milestone is named by its kind). */
  primary?: (record: R, locale: Locale) => string;
  secondary?: (record: R, locale: Locale) => ReactNode;
  tertiary?: (record: R, locale: Locale) => ReactNode;
}

type RecordDatagridProps<R> = DatagridProps & { phone?: PhoneRow<R> };

const isPhone = (theme: Theme) => theme.breakpoints.down('sm');

/**
 * A list's rows: a Datagrid on a desk, a simple list below 600 px (name, state, key figure), so nothing
 * scrolls sideways on a phone. Every row opens the record's page, on a phone and on a desk alike. A bulk
 * delete waits for the API's answer (it refuses to delete a record still in use) rather than hiding the
 * rows at once and bringing them back when the refusal arrives.
 */
export function RecordDatagrid<R extends NamedRecord = NamedRecord>({
  phone,
  children,
  ...props
}: RecordDatagridProps<R>) {
  const locale = useUiLocale();
  const small = useMediaQuery(isPhone, { noSsr: true });
  if (small) {
    return (
      <Box data-testid="phone-list">
        <SimpleList<R>
          linkType="show"
          primaryText={(record) =>
            record.name ? nameIn(record.name, locale) : (record.code ?? String(record.id))
          }
          secondaryText={phone?.secondary ? (record) => phone.secondary?.(record, locale) : undefined}
          tertiaryText={phone?.tertiary ? (record) => phone.tertiary?.(record, locale) : undefined}
          sx={{ '& .MuiListItemText-primary': { wordBreak: 'keep-all' } }}
        />
      </Box>
    );
  }
  return (
    <Datagrid rowClick="show" bulkActionButtons={<BulkDeleteButton mutationMode="pessimistic" />} {...props}>
      {children}
    </Datagrid>
  );
}
