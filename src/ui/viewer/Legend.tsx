/**
 * The map legend over the canvas, shown while a trigger point is selected. Each entry pairs a
 * swatch drawn in the body's own pattern with words, so colour is never the only cue. On narrow
 * screens only the short labels show (the panel repeats the swatches with the region names).
 */
import { useAtlasStore } from '../../state/store';
import { Swatch } from '../common/Swatch';
import { LEGEND } from './legendWording';

export function Legend() {
  const hasSelection = useAtlasStore((s) => s.selection !== null);
  const level = useAtlasStore((s) => s.level);
  if (!hasSelection) return null;
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend__list">
        {LEGEND.map((entry) => (
          <li key={entry.kind} className="legend__item">
            <Swatch kind={entry.kind} />
            <span>
              <strong className="legend__label">{entry.label[level]}</strong>
              <span className="legend__detail"> — {entry.detail[level]}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
