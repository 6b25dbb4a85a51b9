/**
 * Well-known referral patterns from Travell & Simons, checked on the shipped data: the named
 * landmarks must lie in the stated zone of the trigger point on the right side, and in the
 * mirrored zone on the left. A content edit that breaks a classic pattern fails here.
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/domain/load';
import { inZone } from '../../src/domain/zones';
import { mirrorX } from '../../src/domain/vec';
import { readDataDir } from '../../scripts/lib/data-files';

const result = loadAtlas(readDataDir());
if (!result.ok) throw new Error('shipped data invalid');
const { atlas } = result;

type Zone = 'essential' | 'spillover' | 'either';

/** [trigger point, zone, landmarks that must be in it, why] */
const CLASSICS: [string, Zone, string[], string][] = [
  ['upper-trapezius-1', 'essential', ['mastoid-process', 'pterion'], 'side of the neck, behind the ear, temple'],
  ['upper-trapezius-1', 'either', ['angle-of-mandible'], 'angle of the jaw'],
  ['temporalis-1', 'essential', ['temporal-fossa-center'], 'temple'],
  ['sternocleidomastoid-1', 'essential', ['vertex'], 'sternal division: top of the head'],
  ['masseter-1', 'essential', ['angle-of-mandible'], 'jaw'],
  ['infraspinatus-1', 'essential', ['anterior-deltoid'], 'deep in the front of the shoulder'],
  ['supraspinatus-1', 'essential', ['lateral-deltoid'], 'mid-deltoid region'],
  ['supraspinatus-1', 'either', ['lateral-epicondyle'], 'down to the lateral epicondyle'],
  ['extensor-carpi-radialis-longus-1', 'essential', ['lateral-epicondyle', 'anatomical-snuffbox'], 'tennis-elbow pattern'],
  ['scalenes-1', 'either', ['thumb-web', 'root-of-spine-of-scapula'], 'down the arm to the thumb; medial scapular border'],
  ['quadratus-lumborum-1', 'either', ['greater-trochanter', 'iliac-crest-top'], 'iliac crest and greater trochanter'],
  ['quadratus-lumborum-2', 'either', ['sacroiliac-joint'], 'sacroiliac joint'],
  ['gluteus-minimus-1', 'essential', ['mid-lateral-thigh'], 'side of the thigh'],
  ['gluteus-minimus-1', 'either', ['lateral-malleolus'], 'down the leg to the ankle'],
  ['soleus-1', 'essential', ['heel-posterior', 'heel-plantar'], 'heel'],
  ['tibialis-anterior-1', 'essential', ['first-mtp-joint', 'big-toe-tip'], 'front of the ankle to the big toe'],
];

const landmark = (id: string) => {
  const l = atlas.landmarkById.get(id as never);
  if (!l) throw new Error(`unknown landmark ${id}`);
  return l;
};

describe('classic referral patterns (Travell & Simons)', () => {
  it.each(CLASSICS)('%s: %s zone holds %j (%s)', (tpId, zone, landmarks) => {
    for (const side of ['right', 'left'] as const) {
      const instance = atlas.instanceByKey.get(`${tpId}:${side}` as never);
      expect(instance, `${tpId}:${side}`).toBeDefined();
      for (const id of landmarks) {
        const l = landmark(id);
        const p = side === 'left' ? mirrorX(l.position) : l.position;
        const n = side === 'left' ? mirrorX(l.normal) : l.normal;
        const inEssential = inZone(instance!.essential.shapes, p, n);
        const inSpillover = inZone(instance!.spillover.shapes, p, n);
        const hit = zone === 'essential' ? inEssential : zone === 'spillover' ? inSpillover : inEssential || inSpillover;
        expect(hit, `${id} in the ${zone} zone of ${tpId} (${side})`).toBe(true);
        // The pattern stays on its own side: the same landmark on the other side is not painted.
        const q = side === 'left' ? l.position : mirrorX(l.position);
        const m = side === 'left' ? l.normal : mirrorX(l.normal);
        if (Math.abs(l.position[0]) > 0.02) expect(inZone(instance!.essential.shapes, q, m), `${id} not on the other side`).toBe(false);
      }
    }
  });
});
