/**
 * Which part of the 3D stage the DOM leaves uncovered, as insets from its edges: the camera
 * frames a selection in that part. Pure: boxes in, insets out.
 *
 * Each cover takes one edge: the one that leaves the largest rectangle free. A bottom sheet
 * takes the bottom and a drawer the left; the legend in a lower corner takes the bottom or the
 * left, whichever costs less. Covers count in the order given (panels first), each against what
 * the earlier ones left, and one that is already clear of that rectangle costs nothing. A cover
 * that would leave less than MIN_VISIBLE_SHARE of the stage's width or height is left out, so a
 * small overlay never tips the panels' insets below what the camera will frame into.
 */
import { MIN_VISIBLE_SHARE, NO_INSETS, type ViewInsets } from '../../state/store';

/** A box in page pixels (as getBoundingClientRect gives it). */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export function coverInsets(stage: Box, covers: readonly (Box | null)[]): ViewInsets {
  const width = stage.right - stage.left;
  const height = stage.bottom - stage.top;
  let insets = NO_INSETS;
  for (const cover of covers) {
    if (!cover) continue;
    // The cover in stage coordinates, cut to the part still free.
    const left = Math.max(cover.left - stage.left, insets.left);
    const right = Math.min(cover.right - stage.left, width - insets.right);
    const top = Math.max(cover.top - stage.top, insets.top);
    const bottom = Math.min(cover.bottom - stage.top, height - insets.bottom);
    if (right <= left || bottom <= top) continue;
    const options: ViewInsets[] = [
      { ...insets, bottom: height - top },
      { ...insets, top: bottom },
      { ...insets, left: right },
      { ...insets, right: width - left },
    ];
    let best: ViewInsets | null = null;
    let bestArea = -1;
    for (const o of options) {
      const freeW = width - o.left - o.right;
      const freeH = height - o.top - o.bottom;
      if (freeW < width * MIN_VISIBLE_SHARE || freeH < height * MIN_VISIBLE_SHARE) continue;
      if (freeW * freeH > bestArea) {
        best = o;
        bestArea = freeW * freeH;
      }
    }
    if (best) insets = best;
  }
  return insets;
}
