/** Which anatomy layers the loaded body model has, or null until the viewer has loaded it. */
import { useAtlasStore, type ModelParts } from '../../state/store';

export type { ModelParts };

export const useModelParts = (): ModelParts | null => useAtlasStore((s) => s.modelParts);
