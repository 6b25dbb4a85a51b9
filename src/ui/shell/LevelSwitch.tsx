/**
 * The reading-level switch: "Patient" (plain words) or "Clinical" (anatomical terms). A
 * two-option segmented control; the level lives in the store (and so in the shared link).
 */
import { useAtlasStore, useActions } from '../../state/store';
import type { ReadingLevel } from '../../domain/types';

const OPTIONS: readonly { level: ReadingLevel; label: string; hint: string }[] = [
  { level: 'patient', label: 'Patient', hint: 'Plain-language explanations' },
  { level: 'clinical', label: 'Clinical', hint: 'Anatomical and clinical terms' },
];

export function LevelSwitch() {
  const level = useAtlasStore((s) => s.level);
  const { setLevel } = useActions();
  return (
    <div className="segmented" role="group" aria-label="Reading level">
      {OPTIONS.map((o) => (
        <button
          key={o.level}
          type="button"
          className="segmented__option"
          aria-pressed={level === o.level}
          title={o.hint}
          onClick={() => setLevel(o.level)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
