/**
 * The panel area as the app shell uses it: in the explorer, the explorer's panel with the
 * worded way into the pain finder (as PainModePanel shows it); in the pain finder, PainModePanel
 * loaded as a separate chunk the first time the mode is entered, so the explorer's first visit
 * never downloads the pain finder's panel, ranking and region list.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { useAtlasStore } from '../../state/store';
import { PainEntry } from './PainEntry';

const PainModePanel = lazy(() =>
  import('./PainModePanel').then((m) => ({ default: m.PainModePanel })),
);

export function LazyPainModePanel({ children }: { children: ReactNode }) {
  const pain = useAtlasStore((s) => s.mode === 'pain');
  const selected = useAtlasStore((s) => s.selection !== null);
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
  return (
    <Suspense
      fallback={
        <p className="pain-loading" role="status">
          Opening “Where does it hurt?”…
        </p>
      }
    >
      <PainModePanel>{children}</PainModePanel>
    </Suspense>
  );
}
