/**
 * `npm run model`: generates public/models/body.glb (skin, muscles, bones) and
 * data/landmarks.json from the skeleton, the body SDF and the muscle table.
 * Deterministic: two runs write byte-identical files. Budgets: ≤ 150,000 triangles in all,
 * file ≤ 2 MB, run ≤ 2 minutes on two cores. `generateModel(outDir)` is also used by
 * check-committed.ts to regenerate into a temporary folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildBodySdf } from './body-sdf';
import { faceDetail } from './part-head';
import { meshRightHalf } from './meshing';
import { mirrorWeld } from './mesh-zip';
import { simplifyHalf } from './simplify';
import { writeBodyGlb } from './glb';
import { computeLandmarks, landmarksJson } from './landmarks';
import { buildMuscle, cutAtMidline } from './anatomy/muscle-build';
import { muscleTable } from './anatomy/muscle-table';
import { buildPoints } from './anatomy/skeleton-points';
import { meshBones, meshMuscles } from './anatomy/build-parts';
import { union } from './anatomy/kit';
import {
  applyRelief,
  clipBone,
  clipToSkin,
  reliefNormals,
  reliefSdf,
  refineSkinNormals,
} from './skin-relief';
import { writeCalibrationReport } from './calibration/report';
import { median } from './calibration/compare';

export const SKIN_TRIANGLE_BUDGET = 54_400;
export const TOTAL_TRIANGLE_BUDGET = 150_000;

const log = (msg: string, t0: number): void => {
  console.log(`[model] ${msg} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
};

/** Writes body.glb and landmarks.json under `root` (public/models/…, data/…). */
export const generateModel = async (root = '.'): Promise<void> => {
  const t0 = performance.now();
  const sdf = buildBodySdf();
  const P = buildPoints(sdf);
  const built = muscleTable(P).map((def) => buildMuscle(sdf, def));
  const allMuscles = union(
    built.map((m) => m.sdf),
    0,
  );
  log(`${built.length} muscles built`, t0);
  const half = await meshRightHalf(sdf);
  log(`right half meshed: ${half.tri.length / 3} triangles`, t0);
  // a little under half the budget: the mirror doubles it exactly
  const simple = await simplifyHalf(half, Math.floor(SKIN_TRIANGLE_BUDGET / 2) - 500, faceDetail);
  const unmoved = { pos: simple.pos.slice(), tri: simple.tri };
  // relief after simplification: 7× fewer vertices to move, the same surface to move them onto
  const moved = applyRelief(simple, sdf, allMuscles);
  log(`muscle relief moved the skin ≤ ${(moved * 1000).toFixed(1)} mm`, t0);
  const whole = mirrorWeld(simple);
  const skin = {
    positions: new Float32Array(whole.pos),
    normals: reliefNormals(mirrorWeld(unmoved), whole, sdf),
    indices: new Uint32Array(whole.tri),
  };
  refineSkinNormals(skin.positions, skin.normals, reliefSdf(sdf, allMuscles), sdf);
  log(`skin: ${whole.tri.length / 3} triangles`, t0);
  const muscles = await meshMuscles(
    built.map((m) => ({ ...m, sdf: clipToSkin(sdf, m.sdf, cutAtMidline(m.def)) })),
  );
  const mTris = muscles.reduce((s, m) => s + m.indices.length / 3, 0);
  log(`muscles: ${muscles.length} nodes, ${mTris} triangles`, t0);
  const bones = await meshBones(P, (n) => clipBone(sdf, n));
  const bTris = bones.reduce((s, m) => s + m.indices.length / 3, 0);
  log(
    `bones: ${bones.length} nodes, ${bTris} triangles; total ${whole.tri.length / 3 + mTris + bTris}`,
    t0,
  );
  const glb = await writeBodyGlb({ skin, muscles, bones });
  const outGlb = join(root, 'public/models/body.glb');
  mkdirSync(join(root, 'public/models'), { recursive: true });
  writeFileSync(outGlb, glb);
  log(`wrote ${outGlb} (${glb.byteLength} bytes)`, t0);
  const landmarks = computeLandmarks(reliefSdf(sdf, allMuscles), skin);
  mkdirSync(join(root, 'data'), { recursive: true });
  writeFileSync(join(root, 'data/landmarks.json'), landmarksJson(landmarks));
  log(`wrote landmarks (${landmarks.length})`, t0);
};

const main = async (): Promise<void> => {
  await generateModel();
  const rows = await writeCalibrationReport();
  const d = rows.map((r) => r.distance * 100);
  console.log(
    `[model] calibration: median ${median(d).toFixed(1)} cm, max ${Math.max(...d).toFixed(1)} cm → docs/model-calibration.md`,
  );
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
