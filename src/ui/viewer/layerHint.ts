/**
 * What the Layers control says about the current settings. Pure, so the rule is tested without
 * a DOM. The threshold matches the scene's: at this skin opacity or above, the muscles under it
 * are not really visible.
 */
import type { Layers } from '../../state/store';
import type { ModelParts } from './useModelParts';

/** Skin opacity from which the muscles underneath count as hidden. */
export const SKIN_HIDES_MUSCLES = 0.85;

/** A hint line and the one-tap fix it offers, if any. */
export interface LayerHint {
  readonly text: string;
  readonly action: 'fade-skin' | 'show-muscles' | null;
}

/**
 * What to tell the user, or null: how to see the selected muscle when the skin covers it or
 * the muscles are off, or why Muscles and Bones cannot be switched on for this model.
 */
export function layerHint(
  layers: Layers,
  parts: ModelParts | null,
  selected: boolean,
): LayerHint | null {
  if (!parts) return null;
  if (parts.muscles === 0)
    return {
      text: parts.bones
        ? 'This body model has no muscles yet.'
        : 'This body model has only the skin so far: muscles and bones are coming.',
      action: null,
    };
  if (!selected) return null;
  if (!layers.muscles)
    return { text: 'Turn on Muscles to see the muscle.', action: 'show-muscles' };
  if (layers.skin && layers.skinOpacity >= SKIN_HIDES_MUSCLES)
    return { text: 'Fade the skin to see the muscle.', action: 'fade-skin' };
  return null;
}
