import { type Cell, cellText, type ImportColumns } from '@bitgoeul/domain';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useUiLocale } from '../i18n/useUiLocale';

/** How many data rows the preview shows; the count says how many the file has. */
export const PREVIEW_ROWS = 20;

/** A file's cells as the page read them: its header, which column each header names, and its data rows. */
export interface SheetPreviewData {
  /** Each header cell, and the column it names (null: a column the import does not take). */
  headers: { text: string; column: string | null }[];
  /** The data rows with their own row numbers, as many as the preview shows. */
  rows: { row: number; cells: string[] }[];
  total: number;
}

const isBlank = (row: readonly Cell[]) => row.every((cell) => cellText(cell) === '');

/** The preview of a file: the first non-blank row is the header, as the domain's readers take it. */
export function sheetPreview(cells: readonly (readonly Cell[])[], columns: ImportColumns): SheetPreviewData {
  const headerIndex = cells.findIndex((row) => !isBlank(row));
  const header = cells[headerIndex] ?? [];
  const headers = header.map((cell) => {
    const text = cellText(cell);
    return { text, column: text ? (columns.ofHeader(text) ?? null) : null };
  });
  const data = cells
    .map((row, i) => ({ row: i + 1, cells: row }))
    .slice(headerIndex + 1)
    .filter(({ cells: row }) => !isBlank(row));
  return {
    headers,
    total: data.length,
    rows: data.slice(0, PREVIEW_ROWS).map(({ row, cells: values }) => ({
      row,
      cells: headers.map((h, i) => cellText(values[i], h.column ?? undefined)),
    })),
  };
}

/**
 * What the page read, before anything is written: the columns it recognised (by the headers a person
 * reads), the first rows as read, and how many rows the file holds.
 */
export const SheetPreview = ({ preview, columns }: { preview: SheetPreviewData; columns: ImportColumns }) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const taken = preview.headers.map((h, i) => ({ ...h, i })).filter((h) => h.column !== null);
  return (
    <Box data-testid="import-preview" sx={{ mb: 2 }}>
      <Typography variant="subtitle1" component="h2">
        {translate('bitgoeul.sheet.preview')}
      </Typography>
      <Typography variant="body2" data-testid="import-preview-count">
        {preview.total > preview.rows.length
          ? translate('bitgoeul.sheet.previewCount', { count: preview.total, shown: preview.rows.length })
          : translate('bitgoeul.sheet.previewAll', { count: preview.total })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 1 }} data-testid="import-preview-columns">
        {translate('bitgoeul.sheet.previewColumns', {
          columns: taken.map((h) => columns.label(h.column!, locale)).join(', '),
        })}
      </Typography>
      <Box sx={{ overflowX: 'auto' }}>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('bitgoeul.sheet.row')}</TableCell>
              {taken.map((h) => (
                <TableCell key={h.i} sx={{ whiteSpace: 'nowrap' }}>
                  {columns.label(h.column!, locale)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {preview.rows.map((r) => (
              <TableRow key={r.row} data-row={r.row}>
                <TableCell>{r.row}</TableCell>
                {taken.map((h) => (
                  <TableCell key={h.i}>{r.cells[h.i]}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
};
