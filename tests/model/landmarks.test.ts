// Tests of data/landmarks.json against the generated skin: ids, order, sides, and that every
// landmark lies on the skin. Reads only files inside the project.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { nearestOnMesh, readBodyGlb, type BodyGlb } from '../../scripts/lib/body-glb';

interface Landmark {
  id: string;
  name: string;
  position: [number, number, number];
  normal: [number, number, number];
}

const REQUIRED = `vertex glabella external-occipital-protuberance mastoid-process tragus pterion zygomatic-arch
mandibular-condyle angle-of-mandible mental-protuberance c7-spinous-process suprasternal-notch sternoclavicular-joint
acromion coracoid-process superior-angle-of-scapula root-of-spine-of-scapula inferior-angle-of-scapula
deltoid-tuberosity medial-epicondyle lateral-epicondyle olecranon cubital-fossa radial-styloid ulnar-styloid
anatomical-snuffbox thumb-web third-mcp-joint palm-center middle-fingertip nipple xiphoid-process umbilicus
t7-spinous-process t12-spinous-process l3-spinous-process l5-spinous-process psis asis iliac-crest-top pubic-tubercle
inguinal-midpoint sacrum-center coccyx-tip greater-trochanter ischial-tuberosity mid-anterior-thigh mid-lateral-thigh
mid-posterior-thigh patella-center tibial-tuberosity fibular-head popliteal-fossa medial-knee-joint-line
lateral-knee-joint-line mid-shin mid-calf lateral-malleolus medial-malleolus achilles-tendon heel-posterior
heel-plantar sole-center dorsum-of-foot fifth-metatarsal-base first-mtp-joint big-toe-tip occiput-lateral
temporal-fossa-center masseter-belly upper-trapezius-midpoint mid-scapula posterior-deltoid anterior-deltoid
lateral-deltoid mid-biceps mid-triceps mid-forearm-dorsal mid-forearm-volar thenar-eminence lateral-abdomen
l1-spinous-process gluteal-center posterior-iliac-crest mid-groin medial-thigh-mid posterior-knee-crease-lateral
sacroiliac-joint lateral-calf-upper plantar-forefoot plantar-heel-medial`.split(/\s+/);

const MIDLINE = new Set(
  `vertex glabella external-occipital-protuberance mental-protuberance c7-spinous-process suprasternal-notch
xiphoid-process umbilicus t7-spinous-process t12-spinous-process l1-spinous-process l3-spinous-process
l5-spinous-process sacrum-center coccyx-tip`.split(/\s+/),
);

const file = JSON.parse(readFileSync('data/landmarks.json', 'utf8')) as { about: string; landmarks: Landmark[] };
const byId = new Map(file.landmarks.map((l) => [l.id, l]));
let body: BodyGlb;
beforeAll(async () => {
  body = await readBodyGlb('public/models/body.glb');
});

describe('data/landmarks.json', () => {
  it('has every required id, once, in the documented order', () => {
    const ids = file.landmarks.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of REQUIRED) expect(byId.has(id), id).toBe(true);
    const positions = REQUIRED.map((id) => ids.indexOf(id));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(file.about).toMatch(/npm run model/);
  });

  it('puts midline landmarks on x = 0 and the others on the right (x < 0)', () => {
    for (const l of file.landmarks) {
      if (MIDLINE.has(l.id)) expect(l.position[0], l.id).toBe(0);
      else expect(l.position[0], l.id).toBeLessThan(0);
    }
  });

  it('places every landmark on the skin (within 5 mm) with an outward unit normal', () => {
    for (const l of file.landmarks) {
      const near = nearestOnMesh(body.skin, l.position);
      expect(near.distance, l.id).toBeLessThan(0.005);
      expect(Math.hypot(...l.normal), l.id).toBeCloseTo(1, 2);
      const outside = l.position.map((x, k) => x + 0.02 * (l.normal[k] ?? 0));
      expect(nearestOnMesh(body.skin, outside).inside, l.id).toBe(false);
    }
  });

  it('keeps anatomical order along the body', () => {
    const y = (id: string): number => byId.get(id)?.position[1] ?? NaN;
    expect(y('vertex')).toBeGreaterThan(y('glabella'));
    expect(y('c7-spinous-process')).toBeGreaterThan(y('t7-spinous-process'));
    expect(y('t7-spinous-process')).toBeGreaterThan(y('t12-spinous-process'));
    expect(y('l3-spinous-process')).toBeGreaterThan(y('l5-spinous-process'));
    expect(y('patella-center')).toBeGreaterThan(y('tibial-tuberosity'));
    expect(y('medial-malleolus')).toBeGreaterThan(y('lateral-malleolus'));
    expect(byId.get('heel-posterior')?.position[2]).toBeLessThan(0);
  });
});
