/**
 * Landmark seeds of the right upper and lower limbs (x < 0), placed along the skeleton's limb
 * chains with outward directions in the limb's own frame. Heights of leg landmarks follow the
 * anthropometric knee and ankle levels, not the calibration table (whose shank is short).
 */
import { FINGERS, fingerJoints, hp } from './part-hand';
import { FOOT } from './part-foot';
import { SKELETON as S } from './skeleton';
import { add, lerp, normalize, scale, sub, type Vec3 } from './vec';
import type { LandmarkSeed } from './landmark-defs-axial';

const seed = (id: string, name: string, from: Vec3, dir: Vec3): LandmarkSeed => ({ id, name, from, dir });
const { u, v, n } = S.hand;
const sh = S.shoulderR;
const el = S.elbowR;
const wr = S.wristR;
/** outward (lateral) direction perpendicular to the upper arm in the frontal plane */
const armOut = normalize([S.upperArmDir[1], -S.upperArmDir[0], 0]);
const middleSpec = FINGERS[1];
if (!middleSpec) throw new Error('hand: no middle finger');
const middle = fingerJoints(middleSpec);
const tipDir = normalize(sub(middle[3] ?? wr, middle[2] ?? wr));

export const ARM_SEEDS: LandmarkSeed[] = [
  seed('deltoid-tuberosity', 'Deltoid tuberosity (mid-lateral upper arm)', lerp(sh, el, 0.45), armOut),
  seed('medial-epicondyle', 'Medial epicondyle of the humerus', el, [1, 0, -0.1]),
  seed('lateral-epicondyle', 'Lateral epicondyle of the humerus', el, [-1, 0, -0.1]),
  seed('olecranon', 'Olecranon (point of the elbow)', add(el, [0, 0.008, 0]), [0, 0, -1]),
  seed('cubital-fossa', 'Cubital fossa (front of the elbow)', el, [0, 0, 1]),
  seed('radial-styloid', 'Radial styloid process', wr, v),
  seed('ulnar-styloid', 'Ulnar styloid process', wr, normalize(sub(scale(v, -1), scale(n, 0.3)))),
  seed('anatomical-snuffbox', 'Anatomical snuffbox', hp(0.012, 0.018, 0), normalize(sub(scale(v, 0.8), scale(n, 0.6)))),
  seed('thumb-web', 'First web space (between thumb and index finger)', hp(0.06, 0.03, 0.01), normalize(add(u, v))),
  seed('third-mcp-joint', 'Third metacarpophalangeal joint (middle knuckle)', middle[0] ?? wr, scale(n, -1)),
  seed('palm-center', 'Centre of the palm', hp(0.06, 0, 0), n),
  seed('middle-fingertip', 'Tip of the middle finger', middle[2] ?? wr, tipDir),
];

const hip = S.hipR;
const kn = S.kneeR;
const an = S.ankleR;
const ax = an[0];
const shinAt = (t: number): Vec3 => lerp(kn, an, t);

export const LEG_SEEDS: LandmarkSeed[] = [
  seed('greater-trochanter', 'Greater trochanter', [-0.1, hip[1] + 0.012, 0.03], [-1, 0, 0]),
  seed('ischial-tuberosity', 'Ischial tuberosity (sitting bone)', [-0.055, S.yCrotch + 0.01, 0.0], [0, -0.5, -1]),
  seed('mid-anterior-thigh', 'Mid anterior thigh', lerp(hip, kn, 0.5), [0, 0, 1]),
  seed('mid-lateral-thigh', 'Mid lateral thigh', lerp(hip, kn, 0.5), [-1, 0, 0]),
  seed('mid-posterior-thigh', 'Mid posterior thigh', lerp(hip, kn, 0.5), [0, 0, -1]),
  seed('patella-center', 'Centre of the patella (kneecap)', add(kn, [0, 0.02, 0]), [0, 0, 1]),
  seed('tibial-tuberosity', 'Tibial tuberosity', add(kn, [0, -0.06, 0]), [0, 0, 1]),
  seed('fibular-head', 'Head of the fibula', add(kn, [-0.02, -0.03, 0]), [-1, 0, -0.3]),
  seed('popliteal-fossa', 'Popliteal fossa (back of the knee)', kn, [0, 0, -1]),
  seed('medial-knee-joint-line', 'Medial knee joint line', kn, [1, 0, 0.2]),
  seed('lateral-knee-joint-line', 'Lateral knee joint line', kn, [-1, 0, 0.2]),
  seed('mid-shin', 'Mid shin (anterior tibia)', shinAt(0.5), [0.15, 0, 1]),
  seed('mid-calf', 'Mid calf (gastrocnemius bellies)', shinAt(0.3), [0, 0, -1]),
  seed('lateral-malleolus', 'Lateral malleolus', add(FOOT.latMalleolus, [0.02, 0, 0]), [-1, 0, 0]),
  seed('medial-malleolus', 'Medial malleolus', add(FOOT.medMalleolus, [-0.02, 0, 0]), [1, 0, 0]),
  seed('achilles-tendon', 'Achilles (calcaneal) tendon', [ax, 0.1, 0.02], [0, 0, -1]),
  seed('heel-posterior', 'Back of the heel', [ax, 0.035, 0.0], [0, 0, -1]),
  seed('heel-plantar', 'Heel pad (under the heel)', [ax, 0.03, 0.0], [0, -1, 0]),
  seed('sole-center', 'Centre of the sole', [ax - 0.008, 0.03, 0.09], [0, -1, 0]),
  seed('dorsum-of-foot', 'Dorsum (top) of the foot', [ax - 0.005, 0.03, 0.1], [0, 1, 0]),
  seed('fifth-metatarsal-base', 'Base of the fifth metatarsal', [ax - 0.01, 0.02, 0.08], [-1, 0, 0]),
  seed('first-mtp-joint', 'First metatarsophalangeal joint (ball of the big toe, medial)', FOOT.mt1Head, [1, 0.3, 0]),
  seed('big-toe-tip', 'Tip of the big toe', add(FOOT.bigToeTip, [0, 0, -0.015]), [0, 0, 1]),
];

/** The extra landmarks content authors need, in their listed order. */
export const EXTRA_LIMB_SEEDS: Record<string, LandmarkSeed> = Object.fromEntries(
  [
    seed('upper-trapezius-midpoint', 'Upper trapezius, midway between C7 and the acromion', [-0.1, S.acromionR[1], 0.0], [0, 1, -0.2]),
    seed('mid-scapula', 'Mid scapula (infraspinous fossa)', [-0.09, S.yNipple + 0.1, 0], [0, 0, -1]),
    seed('posterior-deltoid', 'Posterior deltoid', lerp(sh, el, 0.2), [-0.3, 0, -1]),
    seed('anterior-deltoid', 'Anterior deltoid', lerp(sh, el, 0.2), [-0.3, 0, 1]),
    seed('lateral-deltoid', 'Lateral deltoid', lerp(sh, el, 0.15), armOut),
    seed('mid-biceps', 'Mid biceps brachii', lerp(sh, el, 0.55), [0, 0, 1]),
    seed('mid-triceps', 'Mid triceps brachii', lerp(sh, el, 0.5), [0, 0, -1]),
    seed('mid-forearm-dorsal', 'Mid forearm, dorsal (extensor) side', lerp(el, wr, 0.4), scale(n, -1)),
    seed('mid-forearm-volar', 'Mid forearm, volar (flexor) side', lerp(el, wr, 0.4), n),
    seed('thenar-eminence', 'Thenar eminence (ball of the thumb)', hp(0.045, 0.025, 0.005), n),
    seed('medial-thigh-mid', 'Mid medial thigh', lerp(hip, kn, 0.5), [1, 0, 0]),
    seed('posterior-knee-crease-lateral', 'Lateral end of the posterior knee crease', add(kn, [-0.02, 0, 0]), [-0.4, 0, -1]),
    seed('lateral-calf-upper', 'Upper lateral calf (over the fibula)', add(kn, [-0.02, -0.09, 0]), [-1, 0, -0.1]),
    seed('plantar-forefoot', 'Ball of the foot (plantar forefoot)', [ax + 0.005, 0.02, 0.16], [0, -1, 0]),
    seed('plantar-heel-medial', 'Medial heel pad (medial calcaneal tubercle)', [ax + 0.012, 0.03, 0.005], [0.3, -1, 0]),
  ].map((s) => [s.id, s]),
);
