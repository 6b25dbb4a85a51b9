/** Counts reported by `atlas -- stats` and the validate summary. */
import type { Atlas } from '../../src/domain/catalogue';

export interface AtlasStats {
  readonly muscles: number;
  readonly triggerPoints: number;
  readonly regions: number;
  readonly landmarks: number;
  readonly sources: number;
  /** Trigger points drawn on the body: both sides. */
  readonly instances: number;
}

export function atlasStats(atlas: Atlas): AtlasStats {
  return {
    muscles: atlas.muscles.length,
    triggerPoints: atlas.triggerPointById.size,
    regions: atlas.regions.length,
    landmarks: atlas.landmarks.length,
    sources: atlas.sources.length,
    instances: atlas.instances.length,
  };
}
