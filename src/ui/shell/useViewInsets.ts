/**
 * Tells the scene which part of the 3D stage is covered by the DOM — the phone's bottom sheet,
 * the muscle drawer, the view buttons where they span a phone's stage, the legend and the
 * first-visit hint — so the camera frames a selection in the part the user can see
 * (coverInsets.ts picks the edge each cover takes). Measured from the layout after a sheet snaps,
 * a drawer opens or the overlays change size (the hint dismissed, the legend shown or reworded)
 * — never per pointer move. Toasts are left out: they come and go, and should not move the body.
 */
import { useEffect } from 'react';
import { useActions } from '../../state/store';
import { coverInsets, type Box } from './coverInsets';

/** Quiet time after the last size change before measuring again (ms). */
const SETTLE_MS = 150;

const box = (selector: string): Box | null => {
  const el = document.querySelector(selector);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 ? r : null;
};

/** The top overlays (view buttons, layers) only cover the stage when they span it (phones). */
function topCover(stage: Box): Box | null {
  const top = box('.stage__top');
  return top && top.right - top.left > (stage.right - stage.left) * 0.6 ? top : null;
}

export function useViewInsets(deps: readonly unknown[]): void {
  const { setViewInsets } = useActions();
  useEffect(() => {
    const measure = () => {
      const stage = box('.stage');
      if (!stage) return;
      // Panels first: they cover the most, and the overlays then sit beside or above them.
      setViewInsets(
        coverInsets(stage, [
          box('.bottom-sheet'),
          box('.browse--drawer'),
          topCover(stage),
          box('.stage__bottom .legend'),
          box('.stage__bottom .hint'),
        ]),
      );
    };
    // In the next frame, not now: measuring forces a layout, which would hold back the 3D
    // frame already asked for (a selection's painted zones).
    const frame = requestAnimationFrame(measure);
    // Again once things stop moving: a sheet snapping to a new height animates for a while
    // after the change that caused it (and a new selection raises it a render later), so a
    // measurement taken at a fixed delay can catch it halfway and frame the selection under it.
    let settle = 0;
    const later = () => {
      window.clearTimeout(settle);
      settle = window.setTimeout(measure, SETTLE_MS);
    };
    later();
    window.addEventListener('resize', later);
    // The sheet, the legend and the hint change size without a layout change the caller knows of.
    const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(later) : null;
    for (const selector of ['.stage__bottom', '.bottom-sheet']) {
      const el = document.querySelector(selector);
      if (el) resized?.observe(el);
    }
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(settle);
      window.removeEventListener('resize', later);
      resized?.disconnect();
    };
    // The caller lists what changes the layout (sheet snap, drawer, breakpoint).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setViewInsets, ...deps]);
}
