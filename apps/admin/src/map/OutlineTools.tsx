// Leaflet first: its browser build sets the global `L` that Leaflet-Geoman extends when it loads.
import L from 'leaflet';
import '@geoman-io/leaflet-geoman-free';
import '@geoman-io/leaflet-geoman-free/dist/leaflet-geoman.css';
import { Alert, Button, Stack, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { BitgoeulDataProvider } from '../dataProvider/dataProvider';
import { useUiLocale } from '../i18n/useUiLocale';
import type { AreaGeometry } from './geometry';
import { saveZoneOutline } from './mapData';
import { readOutlineFile } from './outlineFile';

type Mode = 'idle' | 'drawing' | 'draft';

const DRAFT_STYLE: L.PathOptions = { color: '#d81b60', weight: 2.5, dashArray: '6 4', fillOpacity: 0.15 };

/**
 * Drawing, editing and uploading a zone's outline on its page's map. Whatever the source — polygon drawn
 * with Leaflet-Geoman, the recorded outline with its vertices dragged, a GeoJSON file — it becomes a draft
 * drawn over the map with its vertices editable, and nothing is written until the official saves it: one
 * updateZone with the version the page read, so a save over someone else's change is refused, and the
 * API's own check (the domain's outline rule) has the last word.
 */
export const OutlineTools = ({
  map,
  zone,
  onEditing,
  onSaved,
}: {
  map: L.Map | null;
  zone: { id: string; version: number; geometry: unknown };
  onEditing: (editing: boolean) => void;
  onSaved: () => Promise<unknown>;
}) => {
  const translate = useTranslate();
  const locale = useUiLocale();
  const dataProvider = useDataProvider<BitgoeulDataProvider>();
  const t = (key: string, options?: Record<string, unknown>) => translate(`bitgoeul.map.${key}`, options);
  const [mode, setMode] = useState<Mode>('idle');
  const [draft, setDraft] = useState<AreaGeometry | null>(null);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // The draft as the official last left it; vertex drags update it without redrawing the layer.
  const latest = useRef<AreaGeometry | null>(null);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => onEditing(mode !== 'idle'), [mode, onEditing]);

  useEffect(() => {
    if (!map) return;
    map.pm.setLang(locale === 'en' ? 'en' : 'ko');
  }, [map, locale]);

  // Drawing: Geoman's polygon tool; the finished shape becomes the draft.
  useEffect(() => {
    if (!map || mode !== 'drawing') return;
    const created = (e: { layer: L.Layer }) => {
      const shape = (e.layer as L.Polygon).toGeoJSON().geometry as AreaGeometry;
      e.layer.remove();
      latest.current = shape;
      setDraft(shape);
      setMode('draft');
    };
    map.on('pm:create', created);
    map.pm.enableDraw('Polygon', { templineStyle: DRAFT_STYLE, pathOptions: DRAFT_STYLE });
    return () => {
      map.off('pm:create', created);
      map.pm.disableDraw();
    };
  }, [map, mode]);

  // The draft on the map, its vertices draggable (Geoman's edit mode, crossing edges refused as drawn).
  useEffect(() => {
    if (!map || mode !== 'draft' || !draft) return;
    const group = L.geoJSON(draft, { style: () => DRAFT_STYLE, pmIgnore: false } as L.GeoJSONOptions);
    group.addTo(map);
    const polygon = group.getLayers()[0] as L.Polygon;
    polygon.getElement()?.setAttribute('data-draft', 'true');
    polygon.pm.enable({ allowSelfIntersection: false });
    const edited = () => {
      latest.current = polygon.toGeoJSON().geometry as AreaGeometry;
    };
    polygon.on('pm:edit', edited);
    map.fitBounds(group.getBounds(), { padding: [24, 24], maxZoom: 16 });
    return () => {
      polygon.off('pm:edit', edited);
      polygon.pm.disable();
      group.remove();
    };
  }, [map, mode, draft]);

  const begin = (next: Mode, geometry: AreaGeometry | null = null) => {
    setMessage(null);
    latest.current = geometry;
    setDraft(geometry);
    setMode(next);
  };

  const upload = async (chosen: File | undefined) => {
    if (!chosen) return;
    const result = readOutlineFile(await chosen.text(), locale);
    if (file.current) file.current.value = '';
    if (!result.ok) {
      const { problem } = result;
      const detail =
        problem.reason === 'INVALID' ? problem.detail : problem.reason === 'NOT_AN_AREA' ? problem.type : '';
      setMessage({ ok: false, text: t(`file.${problem.reason}`, { name: chosen.name, detail }) });
      return;
    }
    begin('draft', result.geometry);
    setMessage({ ok: true, text: t('fileRead', { name: chosen.name }) });
  };

  const save = async () => {
    if (!latest.current) return;
    setSaving(true);
    try {
      const result = await saveZoneOutline(dataProvider.query, zone, latest.current);
      if (result.userErrors.length) {
        setMessage({
          ok: false,
          text: t('outlineFailed', { reason: result.userErrors.map((e) => e.message).join(' ') }),
        });
        return;
      }
      await onSaved();
      begin('idle');
      setMessage({ ok: true, text: t('outlineSaved') });
    } catch (error) {
      setMessage({ ok: false, text: t('outlineFailed', { reason: (error as Error).message }) });
    } finally {
      setSaving(false);
    }
  };

  const recorded = zone.geometry as AreaGeometry | null;
  return (
    <Stack gap={1} sx={{ mt: 1 }}>
      <Stack direction="row" gap={1} flexWrap="wrap" alignItems="center">
        {mode === 'idle' ? (
          <>
            <Button size="small" variant="outlined" onClick={() => begin('drawing')}>
              {recorded ? t('redraw') : t('draw')}
            </Button>
            {recorded ? (
              <Button size="small" variant="outlined" onClick={() => begin('draft', recorded)}>
                {t('editOutline')}
              </Button>
            ) : null}
            <Button size="small" variant="outlined" onClick={() => file.current?.click()}>
              {t('upload')}
            </Button>
          </>
        ) : (
          <>
            <Button size="small" variant="contained" disabled={mode !== 'draft' || saving} onClick={save}>
              {t('saveOutline')}
            </Button>
            <Button size="small" disabled={saving} onClick={() => begin('idle')}>
              {t('placeCancel')}
            </Button>
            <Typography variant="body2" data-testid="outline-hint">
              {mode === 'drawing' ? t('drawHint') : t('draftHint')}
            </Typography>
          </>
        )}
        <input
          ref={file}
          type="file"
          hidden
          accept=".geojson,.json,application/geo+json,application/json"
          data-testid="outline-file"
          aria-label={t('upload')}
          onChange={(e) => upload(e.target.files?.[0])}
        />
      </Stack>
      {message ? (
        <Alert severity={message.ok ? 'success' : 'error'} data-testid="outline-outcome">
          {message.text}
        </Alert>
      ) : null}
    </Stack>
  );
};
