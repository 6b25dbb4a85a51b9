/**
 * What the info panel area shows, by mode: the explorer's panel (passed as children, with a
 * worded way into the pain finder on phones); in the
 * pain finder, the pain finder panel — or, while a candidate is selected, that trigger point's
 * panel under a "Back to your results" bar, so the user can read it and return.
 */
import type { ReactNode } from 'react';
import { useActions, useAtlasStore } from '../../state/store';
import { PainEntry } from './PainEntry';
import { PainPanel } from './PainPanel';

export function PainModePanel({ children }: { children: ReactNode }) {
  const pain = useAtlasStore((s) => s.mode === 'pain');
  const selected = useAtlasStore((s) => s.selection !== null);
  const marks = useAtlasStore((s) => s.painMarks.length);
  const { select } = useActions();
  if (!pain)
    return (
      <>
        {/* With a selection the way in follows the trigger point's text, so it stays
            reachable on small phones whose header has no room for the pain finder's button. */}
        {selected ? null : <PainEntry />}
        {children}
        {selected ? <PainEntry /> : null}
      </>
    );
  if (!selected) return <PainPanel />;
  return (
    <div className="pain-mode-panel">
      <div className="pain-back">
        <button type="button" className="btn pain-back__button" onClick={() => select(null)}>
          <span aria-hidden="true">←</span> Back to your results
        </button>
        <span className="pain-back__note">
          {marks > 0
            ? `Your ${marks === 1 ? 'mark stays' : `${marks} marks stay`} on the body to compare.`
            : 'Tap the body to mark where it hurts.'}
        </span>
      </div>
      {children}
    </div>
  );
}
