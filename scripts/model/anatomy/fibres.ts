/**
 * Fibre coordinates of a muscle mesh, written into the GLB so a shader can stripe along the fibres:
 * - TEXCOORD_0.u: 0 at the origin end of the fibre, 1 at the insertion (tendon ends near 0 and 1);
 * - TEXCOORD_0.v: distance across the fibres in metres, plus 0.5, modulo 1 (stripes every s metres:
 *   `fract(v / s)`; any s dividing 1 m keeps the stripes continuous across the wrap);
 * - _FIBER: unit fibre direction in the body frame (origin → insertion), for anisotropic shading.
 * Each vertex takes the strand it is closest to. Pennate muscles tilt the direction by their
 * pennation angle towards the central tendon, and their v follows the oblique fibres.
 * Invariant: u, v in [0, 1]; |_FIBER| = 1.
 */
import { normalize } from '../vec';
import type { BuiltMuscle } from './muscle-build';
import { probeStrand, type Probe } from './strand';

export interface FibreAttributes {
  uv: Float32Array;
  fiber: Float32Array;
}

export const fibreAttributes = (m: BuiltMuscle, pos: Float32Array): FibreAttributes => {
  const n = pos.length / 3;
  const uv = new Float32Array(n * 2);
  const fiber = new Float32Array(n * 3);
  const sheetLike = m.def.type === 'sheet' || m.def.type === 'fan';
  const tanA = Math.tan(((m.def.pennation ?? 0) * Math.PI) / 180);
  for (let i = 0; i < n; i++) {
    const x = pos[3 * i] ?? 0;
    const y = pos[3 * i + 1] ?? 0;
    const z = pos[3 * i + 2] ?? 0;
    let best: Probe | undefined;
    let k = 0;
    m.strands.forEach((s, j) => {
      const p = probeStrand(s, x, y, z);
      if (!best || p.d < best.d) {
        best = p;
        k = j;
      }
    });
    if (!best) continue;
    const st = m.strands[k];
    const len = st?.length ?? 0;
    let across: number;
    let dir = best.t;
    if (sheetLike) across = (m.offsets[k] ?? 0) + best.s;
    else if (tanA > 0) {
      const sign = best.s >= 0 ? 1 : -1;
      // fibres run from the outer aponeurosis towards the central tendon as they approach insertion
      dir = normalize([best.t[0] - sign * tanA * best.sd[0], best.t[1] - sign * tanA * best.sd[1], best.t[2] - sign * tanA * best.sd[2]]);
      across = (m.offsets[k] ?? 0) + Math.abs(best.s) + best.u * len * tanA + (best.n > 0 ? 0 : 0.25);
    } else across = (m.offsets[k] ?? 0) + Math.atan2(best.n, best.s) * Math.hypot(best.s, best.n);
    const v = (((across + 0.5) % 1) + 1) % 1;
    uv[2 * i] = Math.min(1, Math.max(0, best.u));
    uv[2 * i + 1] = v;
    fiber[3 * i] = dir[0];
    fiber[3 * i + 1] = dir[1];
    fiber[3 * i + 2] = dir[2];
  }
  return { uv, fiber };
};

/** Mirror of the attributes for the left side: fibre x flips, u and v are unchanged. */
export const mirrorFibres = (a: FibreAttributes): FibreAttributes => {
  const fiber = new Float32Array(a.fiber);
  for (let i = 0; i < fiber.length; i += 3) fiber[i] = -(fiber[i] ?? 0);
  return { uv: new Float32Array(a.uv), fiber };
};
