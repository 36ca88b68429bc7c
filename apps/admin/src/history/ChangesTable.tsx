import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import { Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useUiLocale } from '../i18n/useUiLocale';
import { describeChanges, type FieldChange, type ShownValue } from './diff';
import { useReferenceNames } from './references';

const Value = ({ value }: { value: ShownValue }) => {
  const translate = useTranslate();
  if (value.text === null) {
    return (
      <Typography component="span" variant="body2" color="text.secondary">
        {translate('bitgoeul.history.noValue')}
      </Typography>
    );
  }
  const text = (
    <Typography component="span" variant="body2" sx={{ wordBreak: 'break-word' }}>
      {value.text}
    </Typography>
  );
  // A shortened value is read whole on hover, line breaks kept.
  return value.full === null ? (
    text
  ) : (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{value.full}</span>}>{text}</Tooltip>
  );
};

/** One write's changes: each field by its label, before → after, in the UI language. */
export const ChangesTable = ({
  resource,
  changes,
  snapshots,
}: {
  resource?: string;
  changes: readonly FieldChange[];
  /** The record before and after, when at hand (for the precision of dates). */
  snapshots?: { before?: unknown; after?: unknown };
}) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const referenceName = useReferenceNames(resource, changes, locale);
  const lines = describeChanges(changes, {
    resource,
    locale,
    snapshots,
    referenceName,
    fieldLabel: (field) =>
      resource ? translate(`resources.${resource}.fields.${field}`, { _: '' }) || undefined : undefined,
  });
  if (lines.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('bitgoeul.history.nothingChanged')}
      </Typography>
    );
  }
  return (
    <Table size="small" sx={{ tableLayout: 'fixed' }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '22%' }}>{translate('bitgoeul.history.field')}</TableCell>
          <TableCell>{translate('bitgoeul.history.before')}</TableCell>
          <TableCell sx={{ width: 32, px: 0 }} />
          <TableCell>{translate('bitgoeul.history.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.field} data-testid="history-change" data-field={line.field}>
            <TableCell>
              <Typography component="span" variant="body2" fontWeight={500}>
                {line.label}
              </Typography>
            </TableCell>
            <TableCell data-testid="history-before">
              <Value value={line.before} />
            </TableCell>
            <TableCell sx={{ px: 0 }}>
              <ArrowForwardIcon fontSize="small" color="action" />
            </TableCell>
            <TableCell data-testid="history-after">
              <Value value={line.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
