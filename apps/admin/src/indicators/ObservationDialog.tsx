import {
  type Frequency,
  INDICATOR_FIELD_LABELS,
  ObservationStatus,
  parsePeriod,
  periodLabel,
} from '@bitgoeul/domain';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useUiLocale } from '../i18n/useUiLocale';
import {
  CORRECT_OBSERVATION_MUTATION,
  type ObservationRow,
  RECORD_OBSERVATION_MUTATION,
} from './observationDocuments';
import {
  checkCorrection,
  checkNewObservation,
  draftFrom,
  type ObservationDraft,
  userErrorMessages,
} from './observationForm';

interface Props {
  indicatorId: string;
  frequency: Frequency;
  sources: { id: string; title: string }[];
  /** The current figure being corrected; null records a new one. */
  correcting: ObservationRow | null;
  onClose: (saved: boolean) => void;
}

type Payload = { observation: { id: string } | null; userErrors: { field: string[]; message: string }[] };

/** Records a new figure, or corrects the current one (a new vintage; the old one stays readable). */
export const ObservationDialog = ({ indicatorId, frequency, sources, correcting, onClose }: Props) => {
  const locale = useUiLocale();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const [draft, setDraft] = useState<ObservationDraft>(() => ({
    ...draftFrom(correcting),
    sourceId: correcting?.source.id ?? sources[0]?.id ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const label = (field: string) => INDICATOR_FIELD_LABELS[field]?.[locale] ?? field;

  const save = async () => {
    const checked = correcting
      ? checkCorrection(correcting, frequency, draft, locale)
      : checkNewObservation(indicatorId, frequency, draft, locale);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setSaving(true);
    try {
      const result = correcting
        ? (
            await dataProvider.query<{ correctObservation: Payload }>(CORRECT_OBSERVATION_MUTATION, {
              input: checked.input,
            })
          ).correctObservation
        : (
            await dataProvider.query<{ recordObservation: Payload }>(RECORD_OBSERVATION_MUTATION, {
              input: checked.input,
            })
          ).recordObservation;
      if (result.userErrors.length) {
        setErrors(userErrorMessages(result.userErrors));
        return;
      }
      notify(correcting ? 'bitgoeul.indicators.corrected' : 'bitgoeul.indicators.recorded', {
        type: 'success',
      });
      onClose(true);
    } catch (error) {
      setErrors({ form: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const field = (name: keyof ObservationDraft) => ({
    name,
    value: draft[name],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [name]: e.target.value }),
    error: Boolean(errors[name]),
    helperText: errors[name] ?? ' ',
    label: label(name),
    fullWidth: true,
  });

  // What the period typed reads as, said back ("2021년 1~5월 → 2021-01/2021-05"); the example until then.
  const periodReading = (text: string) => {
    const parsed = text.trim() ? parsePeriod(text) : null;
    if (!parsed?.ok) return translate(`bitgoeul.indicators.periodHint.${frequency}`);
    return translate('bitgoeul.indicators.periodRead', {
      label: periodLabel(parsed.value, locale),
      text: parsed.value.text,
    });
  };

  return (
    <Dialog open onClose={() => onClose(false)} maxWidth="sm" fullWidth>
      <DialogTitle>
        {translate(correcting ? 'bitgoeul.indicators.correct' : 'bitgoeul.indicators.addObservation')}
      </DialogTitle>
      <DialogContent>
        <Stack gap={1} sx={{ pt: 1 }}>
          {errors.form ? <Alert severity="error">{errors.form}</Alert> : null}
          <TextField
            {...field('period')}
            disabled={Boolean(correcting)}
            helperText={errors.period ?? periodReading(draft.period)}
          />
          <TextField {...field('value')} inputMode="decimal" />
          <TextField {...field('status')} select>
            {ObservationStatus.options(locale).map((o) => (
              <MenuItem key={o.id} value={o.id}>
                {o.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField {...field('sourceId')} select>
            {sources.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.title}
              </MenuItem>
            ))}
          </TextField>
          <TextField {...field('note')} multiline minRows={2} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={saving}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
