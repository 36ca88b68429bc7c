import { lazy, Suspense } from 'react';
import { Labeled } from 'react-admin';

// Leaflet and the drawing tools load only when a page with a map is opened.
const PANES = {
  zone: lazy(() => import('./PlacePanes').then((m) => ({ default: m.ZoneMapPane }))),
  facility: lazy(() => import('./PlacePanes').then((m) => ({ default: m.FacilityMapPane }))),
};

/** The map section of a zone's or a facility's page. */
export const MapSection = ({ of }: { of: keyof typeof PANES }) => {
  const Pane = PANES[of];
  return (
    <Labeled label="bitgoeul.map.location" fullWidth>
      <Suspense fallback={null}>
        <Pane />
      </Suspense>
    </Labeled>
  );
};
