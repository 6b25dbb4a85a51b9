/**
 * `npm run model`: generates public/models/body.glb (the skin) and data/landmarks.json from the
 * skeleton and the body SDF. Deterministic: two runs write byte-identical files.
 * Budgets: skin ≤ 80,000 triangles, file ≤ 1 MB, run ≤ 60 s on two cores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildBodySdf } from './body-sdf';
import { meshRightHalf } from './meshing';
import { mirrorWeld, vertexNormals } from './mesh-zip';
import { simplifyHalf } from './simplify';
import { writeBodyGlb } from './glb';
import { computeLandmarks, landmarksJson } from './landmarks';

export const SKIN_TRIANGLE_BUDGET = 80_000;
const OUT_GLB = 'public/models/body.glb';
const OUT_LANDMARKS = 'data/landmarks.json';

const log = (msg: string, t0: number): void => {
  console.log(`[model] ${msg} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
};

const main = async (): Promise<void> => {
  const t0 = performance.now();
  const sdf = buildBodySdf();
  const half = await meshRightHalf(sdf);
  log(`right half meshed: ${half.tri.length / 3} triangles`, t0);
  // a little under half the budget: the mirror doubles it exactly
  const simple = await simplifyHalf(half, Math.floor(SKIN_TRIANGLE_BUDGET / 2) - 1000);
  const whole = mirrorWeld(simple);
  const normals = vertexNormals(whole);
  log(`skin: ${whole.tri.length / 3} triangles, ${whole.pos.length / 3} vertices`, t0);
  const skin = {
    positions: new Float32Array(whole.pos),
    normals: new Float32Array(normals),
    indices: new Uint32Array(whole.tri),
  };
  const glb = await writeBodyGlb(skin);
  mkdirSync(dirname(OUT_GLB), { recursive: true });
  writeFileSync(OUT_GLB, glb);
  log(`wrote ${OUT_GLB} (${glb.byteLength} bytes)`, t0);
  const landmarks = computeLandmarks(sdf, skin);
  mkdirSync(dirname(OUT_LANDMARKS), { recursive: true });
  writeFileSync(OUT_LANDMARKS, landmarksJson(landmarks));
  log(`wrote ${OUT_LANDMARKS} (${landmarks.length} landmarks)`, t0);
};

await main();
