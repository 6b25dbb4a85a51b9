/**
 * One zone's named regions with its swatch: "Essential zone: Temple, Behind the ear". Zones
 * drawn only as shapes (no named region) say so rather than showing an empty list.
 */
import type { ResolvedZone } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { Swatch } from '../common/Swatch';

interface Props {
  kind: 'essential' | 'spillover';
  label: string;
  zone: ResolvedZone;
  level: ReadingLevel;
}

export function ZoneRegions({ kind, label, zone, level }: Props) {
  if (zone.regions.length === 0 && zone.shapes.length === 0) return null;
  return (
    <div className={`zone zone--${kind}`}>
      <Swatch kind={kind} />
      <div className="zone__body">
        <h4 className="zone__label">{label}</h4>
        {zone.regions.length > 0 ? (
          <ul className="zone__regions">
            {zone.regions.map((r) => (
              <li key={r.id} className="zone__region">
                {r.names[level]}
              </li>
            ))}
          </ul>
        ) : (
          <p className="zone__none">Shown on the body</p>
        )}
      </div>
    </div>
  );
}
