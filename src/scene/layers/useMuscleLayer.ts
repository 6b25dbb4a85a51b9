/** The MuscleLayer for a loaded model (null without muscles), disposed with the scene. */
import { useEffect, useMemo } from 'react';
import type { AnatomyParts } from './anatomyModel';
import { MuscleLayer } from './muscleLayer';

export function useMuscleLayer(anatomy: AnatomyParts | null): MuscleLayer | null {
  const layer = useMemo(
    () => (anatomy?.muscles ? new MuscleLayer(anatomy.muscles) : null),
    [anatomy],
  );
  useEffect(() => () => layer?.dispose(), [layer]);
  return layer;
}
