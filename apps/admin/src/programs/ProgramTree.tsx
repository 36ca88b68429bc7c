import { ProgramStatus } from '@bitgoeul/domain';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Alert, Box, IconButton, Link, List, ListItem, Typography } from '@mui/material';
import { useState } from 'react';
import { Loading, useCreatePath, useGetList, useListContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { ProgramRecord } from '../dataProvider/resources/programs';
import { formatNumber } from '../format/format';
import { nameIn } from '../i18n/names';
import { useUiLocale } from '../i18n/useUiLocale';
import { type ProgramNode, programForest } from './programForest';

/** The data provider reads a page this large in windows the API serves; a city has far fewer programs. */
const TREE_MAX = 1000;

/**
 * The programs as the city organises them: each program with its sub-programs beneath it, open by
 * default, under the list's filters and order. A tree (role="tree") a screen reader walks level by level.
 */
export const ProgramTree = () => {
  const { filterValues, sort } = useListContext();
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<ProgramRecord>('programs', {
    pagination: { page: 1, perPage: TREE_MAX },
    sort,
    filter: filterValues,
  });
  if (isPending) return <Loading />;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const forest = programForest(data ?? []);
  return (
    <Box sx={{ p: 1 }}>
      {total != null && total > TREE_MAX && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('bitgoeul.programs.treeTruncated', { shown: TREE_MAX, total })}
        </Alert>
      )}
      <List role="tree" aria-label={translate('bitgoeul.programs.treeLabel')} dense disablePadding>
        {forest.map((node) => (
          <TreeItem key={node.record.id} node={node} level={1} />
        ))}
      </List>
    </Box>
  );
};

const TreeItem = ({ node, level }: { node: ProgramNode<ProgramRecord>; level: number }) => {
  const [open, setOpen] = useState(true);
  const locale = useUiLocale();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { record, children } = node;
  const name = nameIn(record.name, locale);
  const hasChildren = children.length > 0;
  return (
    <>
      <ListItem
        role="treeitem"
        aria-level={level}
        aria-expanded={hasChildren ? open : undefined}
        data-program={record.code}
        sx={{ pl: 1 + (level - 1) * 3, gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}
      >
        <Box sx={{ width: 32, flex: 'none' }}>
          {hasChildren && (
            <IconButton
              size="small"
              onClick={() => setOpen(!open)}
              aria-label={translate(open ? 'bitgoeul.programs.collapse' : 'bitgoeul.programs.expand', {
                name,
              })}
            >
              {open ? <ExpandLessIcon fontSize="small" /> : <ExpandMoreIcon fontSize="small" />}
            </IconButton>
          )}
        </Box>
        <Link
          component={RouterLink}
          to={createPath({ resource: 'programs', id: record.id, type: 'show' })}
          sx={{ wordBreak: 'keep-all', fontWeight: level === 1 ? 500 : 400 }}
        >
          {name}
        </Link>
        <Typography component="span" variant="caption" color="text.secondary">
          {[
            ProgramStatus.label(record.status, locale),
            record.progress == null ? null : `${formatNumber(record.progress)}%`,
            record.code,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      </ListItem>
      {hasChildren && open && (
        <List role="group" dense disablePadding>
          {children.map((child) => (
            <TreeItem key={child.record.id} node={child} level={level + 1} />
          ))}
        </List>
      )}
    </>
  );
};
