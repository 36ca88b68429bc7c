import type { Bilingual } from '@bitgoeul/domain';
import { useUiLocale } from '../i18n/useUiLocale';
import districtsText from './gwangju-districts.geojson?raw';
import { type AreaGeometry, labelPoint, type Projection, pathOf } from './projection';

interface District {
  properties: { code: string; name: Bilingual };
  geometry: AreaGeometry;
}

/** The five districts (구) of Gwangju, Statistics Korea SGIS 2018 boundaries, shipped with the admin. */
export const districts: District[] = (JSON.parse(districtsText) as { features: District[] }).features;

/** The base layer: each district's outline and its name. */
export const DistrictLayer = ({ project }: { project: Projection }) => {
  const locale = useUiLocale();
  return (
    <g>
      {districts.map((d) => (
        <path
          key={d.properties.code}
          d={pathOf(d.geometry, project)}
          fill="#e8edf2"
          stroke="#8a97a6"
          strokeWidth={1}
          fillRule="evenodd"
        />
      ))}
      {districts.map((d) => {
        const [x, y] = labelPoint(d.geometry, project);
        return (
          <text
            key={d.properties.code}
            x={x}
            y={y}
            textAnchor="middle"
            fontSize={14}
            fill="#4a5562"
            style={{ pointerEvents: 'none' }}
          >
            {d.properties.name[locale]}
          </text>
        );
      })}
    </g>
  );
};
