/**
 * The body model's node-name scheme for muscles and bones (docs/model.md): `muscle.<id>.R` and
 * `muscle.<id>.L` for one muscle on the body's right or left side, `bone.<id>` (with an optional
 * `.R`/`.L`) for bones. Pure string rules, shared by loading, highlighting and tests.
 */
import type { Side } from '../../domain/ids';
import { KEBAB_ID } from '../../domain/ids';

/** The muscle and side a muscle node draws. */
export interface MuscleNodeRef {
  readonly muscleId: string;
  readonly side: Side;
}

const MUSCLE_NODE = /^muscle\.([a-z0-9-]+)\.(R|L)$/;

/** `muscle.<id>.R` → { muscleId, side: 'right' }; null for any other name. */
export function parseMuscleNode(name: string): MuscleNodeRef | null {
  const m = MUSCLE_NODE.exec(name);
  if (!m || !m[1] || !m[2] || !KEBAB_ID.test(m[1])) return null;
  return { muscleId: m[1], side: m[2] === 'R' ? 'right' : 'left' };
}

/** The node name that draws `muscleId` on `side`. */
export function muscleNodeName(muscleId: string, side: Side): string {
  return `muscle.${muscleId}.${side === 'right' ? 'R' : 'L'}`;
}

/** True for a bone node name (`bone.<id>`, `bone.<id>.R`, `bone.<id>.L`). */
export function isBoneNode(name: string): boolean {
  return /^bone\.[a-z0-9-]+(\.(R|L))?$/.test(name);
}

/** Title-case fallback for a muscle the atlas has no record of: "teres-major" → "Teres major". */
export function nameFromId(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
