/**
 * Pure rules for the anatomy layers: how the skin is drawn for a layer setting, when muscles
 * can be hovered and clicked through the skin, which muscle node a selection highlights, what a
 * hovered muscle is called and what a click on it selects. No three.js, no React: tested in
 * tests/scene/layers.test.ts.
 */
import type { Atlas, TriggerPointInstance } from '../../domain/catalogue';
import type { InstanceKey, MuscleId, Side } from '../../domain/ids';
import type { ReadingLevel } from '../../domain/types';
import type { Layers } from '../../state/store';
import { muscleNodeName, nameFromId, type MuscleNodeRef } from './nodeNames';

/** Minimum alpha of zone paint on a faded skin, so patterns read over the muscles. */
export const ZONE_MIN_ALPHA = { essential: 0.85, spillDot: 0.8, spillTint: 0.4 } as const;

/** Above this skin opacity the muscles are too hidden to point at: hover and click skip them. */
export const PICK_THROUGH_SKIN_MAX = 0.6;

export interface SkinAppearance {
  /** Draw the skin mesh at all. */
  readonly visible: boolean;
  /** Blend it (opacity < 1): drawn after opaque parts, without writing depth. */
  readonly transparent: boolean;
  /** Alpha of the bare skin; 0 when only the painted zones are drawn. */
  readonly opacity: number;
  /** Zone alpha floors (essential, spillover dots, spillover tint), each ≥ the skin's own. */
  readonly zoneAlpha: readonly [number, number, number];
}

/**
 * How to draw the skin. A hidden or fully faded skin still carries the painted zones of a
 * selection (the referral pattern is the point of the app), so the mesh stays drawn, bare skin
 * discarded, while `painted` is true.
 */
export function skinAppearance(layers: Layers, painted: boolean): SkinAppearance {
  const opacity = layers.skin ? layers.skinOpacity : 0;
  const floor = (min: number) => Math.max(opacity, min);
  return {
    visible: opacity > 0 || painted,
    transparent: opacity < 1,
    opacity,
    zoneAlpha: [
      floor(ZONE_MIN_ALPHA.essential),
      floor(ZONE_MIN_ALPHA.spillDot),
      floor(ZONE_MIN_ALPHA.spillTint),
    ],
  };
}

/**
 * True when an opaque skin hides everything under it. Muscles and bones are then not drawn at
 * all: they could not be seen, and drawing ~100k hidden triangles would double the frame time
 * of a software renderer.
 */
export function skinCoversAll(layers: Layers): boolean {
  return layers.skin && layers.skinOpacity >= 1;
}

/** Whether the muscle mesh is drawn. */
export const musclesDrawn = (layers: Layers): boolean => layers.muscles && !skinCoversAll(layers);

/** Whether the bone mesh is drawn. */
export const bonesDrawn = (layers: Layers): boolean => layers.bones && !skinCoversAll(layers);

/** True when muscles are drawn and the skin is faded (or off) enough to see and point at them. */
export function musclesPickable(layers: Layers): boolean {
  return layers.muscles && (!layers.skin || layers.skinOpacity <= PICK_THROUGH_SKIN_MAX);
}

/** The muscle node a selection highlights (`muscle.<id>.R` for a right-side instance), or null. */
export function highlightTarget(atlas: Atlas | null, selection: InstanceKey | null): string | null {
  const instance = selection ? atlas?.instanceByKey.get(selection) : undefined;
  return instance ? muscleNodeName(instance.muscle.id, instance.side) : null;
}

/** Hover text for a muscle: its common name (Latin at the clinical level) and the side. */
export function muscleLabel(atlas: Atlas | null, ref: MuscleNodeRef, level: ReadingLevel): string {
  const muscle = atlas?.muscleById.get(ref.muscleId as MuscleId);
  const name = muscle
    ? level === 'clinical'
      ? muscle.names.latin
      : muscle.names.common
    : nameFromId(ref.muscleId);
  return `${name} (${ref.side})`;
}

/** What clicking a muscle selects: its first trigger point on that side, or null if it has none. */
export function instanceForMuscle(
  atlas: Atlas | null,
  muscleId: string,
  side: Side,
): TriggerPointInstance | null {
  return atlas?.instances.find((i) => i.muscle.id === muscleId && i.side === side) ?? null;
}
