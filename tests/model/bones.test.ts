// Contract tests of the bone layer of public/models/body.glb: the expected bones, paired bones on
// both sides as mirrors, midline bones symmetric, every bone under the skin, and attachment points
// (node extras) lying on or near their bone.
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestOnMesh, readBodyGlb, type BodyGlb } from '../../scripts/lib/body-glb';

const MIDLINE = ['skull', 'mandible', 'spine', 'ribcage', 'pelvis'];
const PAIRED = ['clavicle', 'scapula', 'humerus', 'radius', 'ulna', 'hand', 'femur', 'patella', 'tibia', 'fibula', 'foot'];

let body: BodyGlb;
beforeAll(async () => {
  body = await readBodyGlb('public/models/body.glb');
});

describe('bone nodes', () => {
  it('has every midline bone once and every paired bone on both sides', () => {
    for (const b of MIDLINE) expect(body.bones.has(`bone.${b}`), b).toBe(true);
    for (const b of PAIRED) {
      expect(body.bones.has(`bone.${b}.R`), b).toBe(true);
      expect(body.bones.has(`bone.${b}.L`), b).toBe(true);
    }
    expect(body.bones.size).toBe(MIDLINE.length + 2 * PAIRED.length);
  });

  it('puts right bones at x < 0 and keeps them under the skin', () => {
    for (const [name, m] of body.bones) {
      const p = m.positions;
      let sx = 0;
      for (let i = 0; i < p.length; i += 3) sx += p[i] ?? 0;
      if (name.endsWith('.R')) expect(sx, name).toBeLessThan(0);
      if (name.endsWith('.L')) expect(sx, name).toBeGreaterThan(0);
      for (let i = 0; i < p.length; i += 3 * 9) {
        const hit = nearestOnMesh(body.skin, [p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0]);
        if (!hit.inside) expect(hit.distance, `${name} pokes through the skin`).toBeLessThan(0.003);
      }
    }
  });

  it('carries its attachment points inside it or within 1.5 cm of its surface', () => {
    for (const [name, m] of body.bones) {
      const pts = (m.extras.attachments ?? m.extras.attachmentsRight) as Record<string, number[]> | undefined;
      expect(pts, name).toBeDefined();
      for (const [pt, p] of Object.entries(pts ?? {})) {
        const hit = nearestOnMesh(m, p);
        // joint centres (humeral and femoral heads, acetabulum) lie inside the bone
        if (!hit.inside) expect(hit.distance, `${name}: ${pt}`).toBeLessThan(0.015);
      }
    }
  });
});
