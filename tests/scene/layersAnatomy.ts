/**
 * A tiny synthetic anatomy for layer tests, built the way GLTFLoader hands over the real model:
 * node names with their dots stripped in `name` and the file's name in `userData.name`, scaled
 * and translated nodes (as quantisation leaves them), a TEXCOORD_0 (`uv`) fibre set.
 */
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, SphereGeometry, type Object3D } from 'three';

export const MUSCLE_BOX = {
  'muscle.upper-trapezius.R': { center: [-0.1, 1.42, -0.04], size: [0.1, 0.04, 0.06] },
  'muscle.upper-trapezius.L': { center: [0.1, 1.42, -0.04], size: [0.1, 0.04, 0.06] },
  'muscle.levator-scapulae.R': { center: [-0.07, 1.38, 0.02], size: [0.03, 0.08, 0.03] },
} as const;

/** The one synthetic muscle whose node carries tendon fractions. */
export const TENDON_NODE = 'muscle.levator-scapulae.R';

const named = <T extends Object3D>(o: T, name: string): T => {
  o.name = name.replace(/\./g, '');
  o.userData.name = name;
  return o;
};

/** A scene root with `skin`, `muscles` (3 nodes) and `bones` (2 nodes), or skin only. */
export function syntheticModel(withAnatomy = true): Group {
  const root = new Group();
  root.add(named(new Mesh(new SphereGeometry(0.3, 16, 12)), 'skin'));
  if (!withAnatomy) return root;
  const muscles = named(new Group(), 'muscles');
  for (const [name, { center, size }] of Object.entries(MUSCLE_BOX)) {
    // Unit box scaled by the node, like a quantised GLB node.
    const mesh = named(new Mesh(new BoxGeometry(1, 1, 1), new MeshBasicMaterial()), name);
    mesh.scale.set(size[0], size[1], size[2]);
    mesh.position.set(center[0], center[1], center[2]);
    // Node extras land in userData; one muscle has tendon ends, as most in the model do.
    if (name === TENDON_NODE) mesh.userData.tendon = [0.2, 0.3];
    muscles.add(mesh);
  }
  const bones = named(new Group(), 'bones');
  bones.add(named(new Mesh(new BoxGeometry(0.02, 0.3, 0.02)), 'bone.humerus.R'));
  bones.add(named(new Mesh(new BoxGeometry(0.02, 0.3, 0.02)), 'bone.sternum'));
  root.add(muscles, bones);
  return root;
}
