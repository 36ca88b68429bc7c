import { OrganisationRole } from '@bitgoeul/domain';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import {
  Alert,
  Box,
  Button,
  Divider,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import {
  AutocompleteInput,
  Confirm,
  Form,
  ReferenceInput,
  required,
  SelectInput,
  useCreatePath,
  useDataProvider,
  useNotify,
  usePermissions,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { canEditRecords } from '../auth/access';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import type { LocalizedText } from '../dataProvider/recordMapping';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import {
  defaultRole,
  fetchLinks,
  type LinkRow,
  type LinkSubject,
  linkOrganisation,
  linkRows,
  type OrganisationLinkNode,
  unlinkOrganisation,
} from './organisationLinks';

const KEY = ['bitgoeul', 'organisation-links'] as const;
// The add form has no record of its own: without this it would take the page's (a program's fields).
const NO_RECORD = {};

interface Props {
  subject: LinkSubject;
  /**
   * Whether a change also reloads the rest of the page (its history). Off on an edit page, where a reload
   * could reset what is being typed in the record's own form.
   */
  refreshPage?: boolean;
}

/**
 * "참여 기관" of a program, zone or facility: its organisations with their roles, lead first; an editor
 * adds one (found by part of its Korean or English name) with a role, or takes a role away. The API's
 * rules (at most one lead, a role once per organisation) are its own to apply: a refusal is shown as it
 * words it, and nothing changes.
 */
export const OrganisationLinksEditor = ({ subject, refreshPage = true }: Props) => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const locale = useUiLocale();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  const { permissions } = usePermissions();
  const editor = canEditRecords(permissions);
  const id = record?.id;
  const links = useQuery({
    queryKey: [...KEY, subject, id],
    queryFn: () => fetchLinks(dataProvider.query, subject, id!),
    enabled: Boolean(id),
  });
  const changed = async () => {
    await queryClient.invalidateQueries({ queryKey: KEY });
    if (refreshPage) refresh();
  };

  if (!id) return null;
  const rows = linkRows(links.data ?? [], locale);
  return (
    <Stack gap={1} width="100%" maxWidth={760} data-testid="organisation-links">
      {links.isError ? (
        <Alert severity="error">{translate('bitgoeul.organisationLinks.unavailable')}</Alert>
      ) : links.isPending ? null : rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('bitgoeul.organisationLinks.none')}
        </Typography>
      ) : (
        <LinksTable rows={rows} subjectId={id} editor={editor} onChanged={changed} />
      )}
      {editor && links.data ? <AddLinkForm subjectId={id} links={links.data} onChanged={changed} /> : null}
    </Stack>
  );
};

interface TableProps {
  rows: LinkRow[];
  subjectId: string;
  editor: boolean;
  onChanged: () => Promise<void>;
}

const LinksTable = ({ rows, subjectId, editor, onChanged }: TableProps) => {
  const translate = useTranslate();
  const createPath = useCreatePath();
  return (
    <Table size="small" aria-label={translate('bitgoeul.organisationLinks.title')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('bitgoeul.organisationLinks.organisation')}</TableCell>
          <TableCell>{translate('bitgoeul.organisationLinks.role')}</TableCell>
          {editor ? (
            <TableCell align="right">
              <span style={VISUALLY_HIDDEN}>{translate('bitgoeul.organisationLinks.actions')}</span>
            </TableCell>
          ) : null}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.key} data-testid="organisation-link" data-role={row.role}>
            <TableCell>
              <Link to={createPath({ resource: 'organisations', id: row.organisationId, type: 'show' })}>
                {row.name}
              </Link>{' '}
              <Typography component="span" variant="body2" color="text.secondary">
                ({row.code})
              </Typography>
            </TableCell>
            <TableCell>{row.roleLabel}</TableCell>
            {editor ? (
              <TableCell align="right">
                <RemoveLinkButton row={row} subjectId={subjectId} onChanged={onChanged} />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

// Read by screen readers, not drawn: the column of remove buttons needs a header, not a visible one.
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const RemoveLinkButton = ({
  row,
  subjectId,
  onChanged,
}: {
  row: LinkRow;
  subjectId: string;
  onChanged: () => Promise<void>;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const args = { name: row.name, role: row.roleLabel };
  const remove = async () => {
    setPending(true);
    try {
      const refused = await unlinkOrganisation(dataProvider.query, {
        subjectId,
        organisationId: row.organisationId,
        role: row.role,
      });
      if (refused.length) {
        notify(`${translate('bitgoeul.organisationLinks.notRemoved')}: ${refused.join(' ')}`, {
          type: 'error',
        });
      } else {
        notify('bitgoeul.organisationLinks.removed', { type: 'success', messageArgs: args });
      }
      await onChanged();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={translate('bitgoeul.organisationLinks.remove', args)}
        title={translate('bitgoeul.organisationLinks.remove', args)}
        onClick={() => setOpen(true)}
        disabled={pending}
      >
        <DeleteIcon fontSize="small" />
      </IconButton>
      <Confirm
        isOpen={open}
        loading={pending}
        title="bitgoeul.organisationLinks.removeTitle"
        content="bitgoeul.organisationLinks.removeContent"
        translateOptions={args}
        onConfirm={remove}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

interface OrganisationOption {
  id: string;
  code: string;
  name: LocalizedText;
}

const AddLinkForm = ({
  subjectId,
  links,
  onChanged,
}: {
  subjectId: string;
  links: OrganisationLinkNode[];
  onChanged: () => Promise<void>;
}) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const notify = useNotify();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [refused, setRefused] = useState<string[]>([]);
  const [pending, setPending] = useState(false);
  // A new form after each addition: empty again, with the role that now makes sense.
  const [generation, setGeneration] = useState(0);
  const role = defaultRole(links);
  const defaultValues = useMemo(() => ({ organisationId: null, role }), [role]);
  const optionText = (o: OrganisationOption) => `${nameIn(o.name, locale)} (${o.code})`;

  const add = async (values: Record<string, unknown>) => {
    const input = {
      subjectId,
      organisationId: String(values.organisationId),
      role: values.role as OrganisationRole,
    };
    setPending(true);
    try {
      const errors = await linkOrganisation(dataProvider.query, input);
      setRefused(errors);
      if (errors.length === 0) {
        const chosen = await dataProvider.getOne<OrganisationOption & { id: string }>('organisations', {
          id: input.organisationId,
        });
        notify('bitgoeul.organisationLinks.added', {
          type: 'success',
          messageArgs: {
            name: nameIn(chosen.data.name, locale),
            role: OrganisationRole.label(input.role, locale),
          },
        });
        await onChanged();
        setGeneration((g) => g + 1);
      }
    } catch (error) {
      setRefused([(error as Error).message]);
    } finally {
      setPending(false);
    }
  };

  return (
    <Form
      key={generation}
      record={NO_RECORD}
      defaultValues={defaultValues}
      onSubmit={add}
      noValidate
      id={`add-organisation-link-${generation}`}
    >
      <Stack
        direction={{ xs: 'column', md: 'row' }}
        columnGap={2}
        alignItems={{ md: 'flex-start' }}
        data-testid="add-organisation-link"
      >
        <ReferenceInput
          source="organisationId"
          reference="organisations"
          sort={{ field: 'name.ko', order: 'ASC' }}
        >
          <AutocompleteInput
            optionText={optionText}
            label={translate('bitgoeul.organisationLinks.organisation')}
            helperText={translate('bitgoeul.organisationLinks.searchHint')}
            validate={required()}
            sx={{ minWidth: 320, flex: 2 }}
          />
        </ReferenceInput>
        <SelectInput
          source="role"
          choices={OrganisationRole.options(locale)}
          translateChoice={false}
          label={translate('bitgoeul.organisationLinks.role')}
          validate={required()}
          sx={{ minWidth: 160, flex: 1 }}
        />
        <Button
          type="submit"
          variant="outlined"
          startIcon={<AddIcon />}
          disabled={pending}
          sx={{ mt: { md: 1.5 }, whiteSpace: 'nowrap' }}
        >
          {translate('bitgoeul.organisationLinks.add')}
        </Button>
      </Stack>
      {refused.length ? (
        <Alert severity="error" role="alert" data-testid="organisation-link-refused">
          {translate('bitgoeul.organisationLinks.refused')}: {refused.join(' ')}
        </Alert>
      ) : null}
    </Form>
  );
};

/**
 * The same editor below a record's edit form, as a section of its own: a link is saved at once, apart
 * from the form (a form inside a form is not allowed), so it never waits for the record's Save.
 */
export const OrganisationLinksSection = ({ subject }: { subject: LinkSubject }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ px: 2, pb: 2 }} aria-labelledby="organisation-links-heading">
      <Divider sx={{ mb: 2 }} />
      <Typography id="organisation-links-heading" variant="h6" component="h2" gutterBottom>
        {translate('bitgoeul.organisationLinks.title')}
      </Typography>
      <OrganisationLinksEditor subject={subject} refreshPage={false} />
    </Box>
  );
};

/** On a create form: organisations are added once the record exists (its page opens after saving). */
export const OrganisationLinksAfterCreate = () => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('bitgoeul.organisationLinks.afterCreate')}
    </Typography>
  );
};
