/**
 * Tells the scene which part of the 3D stage is covered by DOM panels (the phone's bottom sheet,
 * the muscle drawer), so the camera frames a selection in the part the user can see. Measured
 * from the layout after a sheet snaps or a drawer opens — never per pointer move.
 */
import { useEffect } from 'react';
import { useActions } from '../../state/store';

/** Wait for the sheet's CSS transition before measuring. */
const SETTLE_MS = 260;

function overlap(stage: DOMRect, cover: Element | null, edge: 'top' | 'bottom' | 'left'): number {
  if (!cover) return 0;
  const r = cover.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return 0;
  const px =
    edge === 'bottom'
      ? stage.bottom - r.top
      : edge === 'top'
        ? r.bottom - stage.top
        : r.right - stage.left;
  return Math.max(0, Math.min(px, edge === 'left' ? stage.width : stage.height));
}

/** The top overlays (view buttons, legend) only cover the stage when they span it (phones). */
function topCover(stage: DOMRect): Element | null {
  const top = document.querySelector('.stage__top');
  return top && top.getBoundingClientRect().width > stage.width * 0.6 ? top : null;
}

export function useViewInsets(deps: readonly unknown[]): void {
  const { setViewInsets } = useActions();
  useEffect(() => {
    const measure = () => {
      const stage = document.querySelector('.stage');
      if (!stage) return;
      const rect = stage.getBoundingClientRect();
      setViewInsets({
        top: overlap(rect, topCover(rect), 'top'),
        right: 0,
        bottom: overlap(rect, document.querySelector('.bottom-sheet'), 'bottom'),
        left: overlap(rect, document.querySelector('.browse--drawer'), 'left'),
      });
    };
    // In the next frame, not now: measuring forces a layout, which would hold back the 3D
    // frame already asked for (a selection's painted zones).
    const frame = requestAnimationFrame(measure);
    const timer = window.setTimeout(measure, SETTLE_MS);
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('resize', measure);
    };
    // The caller lists what changes the layout (sheet snap, drawer, breakpoint).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setViewInsets, ...deps]);
}
