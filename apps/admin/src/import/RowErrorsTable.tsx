import type { ImportColumns, RowError } from '@bitgoeul/domain';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useUiLocale } from '../i18n/useUiLocale';

/** Each refused row as a person fixes it in their sheet: the row number, the column's header, the reason. */
export const RowErrorsTable = ({
  errors,
  columns,
}: {
  errors: readonly RowError[];
  /** The sheet's columns, to name each by its header. */
  columns: ImportColumns;
}) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  return (
    <Table size="small" data-testid="row-errors">
      <TableHead>
        <TableRow>
          <TableCell>{translate('bitgoeul.import.row')}</TableCell>
          <TableCell>{translate('bitgoeul.import.column')}</TableCell>
          <TableCell>{translate('bitgoeul.import.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {errors.map((e) => (
          <TableRow
            key={`${e.row}-${e.column}-${e.code}-${e.message}`}
            data-row={e.row}
            data-column={e.column}
          >
            <TableCell>{e.row}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{columns.label(e.column, locale)}</TableCell>
            <TableCell>{e.message}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
