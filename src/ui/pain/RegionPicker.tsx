/**
 * The pain finder without 3D: a searchable list of body regions (patient and clinical names,
 * synonyms; accents and case ignored) grouped by body area. Choosing one adds a region mark on
 * the chosen side (right by default). Plain buttons in headed lists, so it works with the
 * keyboard, a screen reader, and when WebGL is unavailable.
 */
import { useId, useMemo, useState } from 'react';
import type { Atlas } from '../../domain/catalogue';
import type { Side } from '../../domain/ids';
import type { PainMarkSpec } from '../../domain/marks';
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { countRegions, filterRegions } from './regionFilter';
import { SideChoice } from './SideChoice';

interface Props {
  atlas: Atlas;
  specs: readonly PainMarkSpec[];
  level: ReadingLevel;
  onAdded: (message: string) => void;
}

export function RegionPicker({ atlas, specs, level, onAdded }: Props) {
  const { addPainMark } = useActions();
  const [query, setQuery] = useState('');
  const [side, setSide] = useState<Side>('right');
  const groups = useMemo(() => filterRegions(atlas.regions, query), [atlas, query]);
  const id = useId();
  const marked = (regionId: string) =>
    specs.some((s) => s.kind === 'region' && s.id === regionId && s.side === side);
  const other = level === 'patient' ? 'clinical' : 'patient';

  return (
    <section className="region-picker" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="pain-section-title">
        Choose the area from a list
      </h3>
      <div className="region-picker__controls">
        <label className="region-picker__search">
          <span className="visually-hidden">Find a body area</span>
          <input
            type="search"
            className="region-picker__input"
            placeholder="Find a body area (e.g. temple, low back, heel)"
            value={query}
            aria-describedby={`${id}-count`}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <SideChoice side={side} onChange={setSide} />
      </div>
      <p id={`${id}-count`} className="region-picker__count" aria-live="polite">
        {query ? `${countRegions(groups)} areas match` : ''}
      </p>
      <div className="region-picker__list">
        {groups.map((g) => (
          <div key={g.group} className="region-picker__group">
            <h4 className="region-picker__group-title">{g.label}</h4>
            <ul>
              {g.regions.map((r) => {
                const done = marked(r.id);
                return (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="region-picker__region"
                      aria-disabled={done}
                      onClick={() => {
                        if (done) return;
                        addPainMark({ kind: 'region', id: r.id, side });
                        onAdded(`${r.names[level]}, ${side} side, added.`);
                      }}
                    >
                      <span className="region-picker__name">{r.names[level]}</span>
                      <span className="region-picker__alt">{done ? 'Marked' : r.names[other]}</span>
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
        {groups.length === 0 ? (
          <p className="region-picker__empty">No body area matches “{query}”.</p>
        ) : null}
      </div>
    </section>
  );
}
