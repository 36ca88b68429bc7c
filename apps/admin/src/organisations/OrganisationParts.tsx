import { Alert, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useUiLocale } from '../i18n/useUiLocale';
import { type OrganisationParts as Parts, partRows } from './organisationLinks';

const SUMMARY = 'id code name { ko en }';

export const ORGANISATION_PARTS_QUERY = /* GraphQL */ `
  query OrganisationParts($id: ID!) {
    organisation(id: $id) {
      id
      programs { role program { ${SUMMARY} } }
      zones { role zone { ${SUMMARY} } }
      facilities { role facility { ${SUMMARY} } }
    }
  }
`;

/**
 * On an organisation's page, every program, zone and facility it takes part in, with its role there, each
 * linked to its page (whose "참여 기관" lists it back). Roles are given on those pages.
 */
export const OrganisationParts = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const locale = useUiLocale();
  const createPath = useCreatePath();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const id = record?.id;
  const parts = useQuery({
    queryKey: ['bitgoeul', 'organisation-parts', id],
    queryFn: () => dataProvider.query<{ organisation: Parts }>(ORGANISATION_PARTS_QUERY, { id }),
    enabled: Boolean(id),
  });
  if (!id || parts.isPending) return null;
  if (parts.isError)
    return <Alert severity="error">{translate('bitgoeul.organisationLinks.unavailable')}</Alert>;
  const rows = partRows(parts.data.organisation, locale);
  if (rows.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('bitgoeul.organisationParts.none')}
      </Typography>
    );
  return (
    <Table
      size="small"
      aria-label={translate('bitgoeul.organisationParts.title')}
      sx={{ maxWidth: 900 }}
      data-testid="organisation-parts"
    >
      <TableHead>
        <TableRow>
          <TableCell>{translate('bitgoeul.organisationParts.kind')}</TableCell>
          <TableCell>{translate('bitgoeul.organisationParts.record')}</TableCell>
          <TableCell>{translate('bitgoeul.organisationParts.role')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-testid="organisation-part">
            <TableCell>{translate(`bitgoeul.organisationParts.kinds.${row.resource}`)}</TableCell>
            <TableCell>
              <Link to={createPath({ resource: row.resource, id: row.id, type: 'show' })}>{row.name}</Link>
            </TableCell>
            <TableCell>{row.roleLabel}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
