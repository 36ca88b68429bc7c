import { Box, Tab, Tabs } from '@mui/material';
import { useState } from 'react';
import { TextInput, useResourceContext, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import { maxLength } from './limits';

interface BilingualInputProps {
  /** A LocalizedText field: `name` edits `name.ko` and `name.en`. */
  source: string;
  /** Korean is the official text; required where the domain requires it. */
  required?: boolean;
  multiline?: boolean;
  /** The domain's limit for each language (NAME_MAX, DESCRIPTION_MAX, …). */
  maxLength: number;
}

/**
 * Korean and English in tabs, Korean first. Both inputs stay mounted (the hidden one is only not shown),
 * so the form validates and submits both; a tab whose input has an error says so.
 */
export const BilingualInput = ({ source, required, multiline, maxLength: max }: BilingualInputProps) => {
  const [tab, setTab] = useState<'ko' | 'en'>('ko');
  const translate = useTranslate();
  const resource = useResourceContext();
  const { errors } = useFormState({ name: source });
  const fieldErrors = source
    .split('.')
    .reduce<unknown>((e, key) => (e as Record<string, unknown> | undefined)?.[key], errors) as
    | Record<string, unknown>
    | undefined;
  const label = (lang: 'ko' | 'en') =>
    `${lang === 'ko' ? '한국어' : 'English'}${fieldErrors?.[lang] ? ' ⚠' : ''}`;
  return (
    <Box sx={{ width: '100%' }}>
      <Tabs
        value={tab}
        onChange={(_e, value: 'ko' | 'en') => setTab(value)}
        aria-label={translate(`resources.${resource}.fields.${source}`, { _: source })}
        sx={{ minHeight: 36, '& .MuiTab-root': { minHeight: 36, py: 0.5 } }}
      >
        <Tab value="ko" label={label('ko')} />
        <Tab value="en" label={label('en')} />
      </Tabs>
      <Box sx={{ display: tab === 'ko' ? 'block' : 'none' }}>
        <TextInput
          source={`${source}.ko`}
          isRequired={required}
          multiline={multiline}
          minRows={multiline ? 3 : undefined}
          fullWidth
          {...maxLength(max)}
        />
      </Box>
      <Box sx={{ display: tab === 'en' ? 'block' : 'none' }}>
        <TextInput
          source={`${source}.en`}
          multiline={multiline}
          minRows={multiline ? 3 : undefined}
          fullWidth
          {...maxLength(max)}
        />
      </Box>
    </Box>
  );
};
