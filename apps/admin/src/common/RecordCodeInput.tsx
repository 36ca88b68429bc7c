import { CODE_MAX, codeFromName, codeProblem, generatedCode } from '@bitgoeul/domain';
import { Box, Button, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { TextInput, useDataProvider, useRecordContext, useResourceContext, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { seoulDate } from '../export/seoulTime';
import { maxLength } from './limits';

/** Today in Gwangju, as YYYY-MM-DD (the generated code's day). */
const seoulToday = () => seoulDate(new Date());

/** How long typing pauses before the code is looked up (one request per pause, not per key). */
const LOOKUP_DELAY_MS = 400;

type Availability = 'unknown' | 'free' | 'taken';

/**
 * Whether another record of the resource already has the code, asked once typing pauses. Only a code that
 * could be stored is looked up; the record being edited does not count against its own code.
 */
function useCodeAvailability(resource: string, code: string, ownId: unknown): Availability {
  const dataProvider = useDataProvider();
  const [answer, setAnswer] = useState<{ code: string; availability: Availability }>({
    code: '',
    availability: 'unknown',
  });
  useEffect(() => {
    if (codeProblem(code)) return;
    let current = true;
    const timer = setTimeout(() => {
      dataProvider
        .getList(resource, {
          pagination: { page: 1, perPage: 25 },
          sort: { field: 'code', order: 'ASC' },
          filter: { q: code },
        })
        .then(
          ({ data }) => {
            const taken = data.some((r) => r.code === code && r.id !== ownId);
            if (current) setAnswer({ code, availability: taken ? 'taken' : 'free' });
          },
          () => current && setAnswer({ code, availability: 'unknown' }),
        );
    }, LOOKUP_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [dataProvider, resource, code, ownId]);
  return answer.code === code ? answer.availability : 'unknown';
}

interface RecordCodeInputProps {
  /** The word a generated code starts with when the record has no English name yet (`PROGRAM`). */
  prefix: string;
  /** The format hint shown while the code is fine. */
  hint?: string;
}

/**
 * A record's code, checked as it is typed: a code the API would refuse says why at once ("영문 대문자와
 * 숫자, 하이픈만 씁니다"), a code another record has says so, and on a new record a code is suggested from
 * the English name (or generated) for the official to take with one click rather than invent.
 */
export const RecordCodeInput = ({ prefix, hint }: RecordCodeInputProps) => {
  const translate = useTranslate();
  const resource = useResourceContext() ?? '';
  const record = useRecordContext();
  const { setValue } = useFormContext();
  const code: string = useWatch({ name: 'code' }) ?? '';
  const nameEn: string | null = useWatch({ name: 'name.en' }) ?? null;
  const [fallback] = useState(() => generatedCode(prefix, seoulToday()));
  const creating = !record?.id;
  const suggestion = creating ? (codeFromName(nameEn) ?? fallback) : null;
  const problem = code === '' ? null : codeProblem(code);
  const availability = useCodeAvailability(resource, code, record?.id);

  const message = problem
    ? { text: translate(`bitgoeul.code.${problem}`, { max: CODE_MAX }), error: true }
    : availability === 'taken'
      ? { text: translate('bitgoeul.code.taken', { code }), error: true }
      : availability === 'free'
        ? { text: translate('bitgoeul.code.free'), error: false }
        : { text: hint ?? translate('bitgoeul.code.hint'), error: false };

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', columnGap: 1 }}>
      <TextInput
        source="code"
        isRequired
        sx={{ minWidth: 280 }}
        helperText={
          <Typography component="span" variant="caption" color={message.error ? 'error' : 'text.secondary'}>
            {message.text}
          </Typography>
        }
        {...maxLength(CODE_MAX)}
      />
      {suggestion && suggestion !== code && (
        <Button
          size="small"
          sx={{ mt: 1.5 }}
          onClick={() => setValue('code', suggestion, { shouldDirty: true, shouldValidate: true })}
        >
          {translate('bitgoeul.code.useSuggestion', { code: suggestion })}
        </Button>
      )}
    </Box>
  );
};
