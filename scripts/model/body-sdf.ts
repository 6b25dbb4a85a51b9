/**
 * The whole-body signed distance function (negative inside, metres, body frame).
 * Parts are built for the right side and the midline; evaluation folds x → −|x|, so the surface
 * is exactly symmetric. The sole is flattened onto the floor plane y = 0.
 * Invariant: deterministic and pure; the part order below is part of the shape (smooth unions).
 */
import { arm, joinArm } from './part-arm';
import { foot } from './part-foot';
import { hand } from './part-hand';
import { head, neck } from './part-head';
import { leg } from './part-leg';
import { trunk } from './part-trunk';
import { group, smax, type SdfNode } from './sdf';

export interface BodySdf {
  /** signed distance, negative inside */
  (x: number, y: number, z: number): number;
}

export const buildBodySdf = (): BodySdf => {
  const root: SdfNode = group([
    // the arm's blend with the trunk varies with height (armpit), see part-arm.ts
    {
      node: joinArm(
        group([
          { node: trunk(), k: 0 },
          { node: neck(), k: 0.03 },
          { node: head(), k: 0.025 },
        ]),
        arm(),
      ),
      k: 0,
    },
    { node: hand(), k: 0.025 },
    { node: leg(), k: 0.045 },
    { node: foot(), k: 0.03 },
  ]);
  return (x, y, z) => smax(root.dist(-Math.abs(x), y, z), -y, 0.006);
};
