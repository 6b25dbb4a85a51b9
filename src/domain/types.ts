/**
 * Types derived from the schemas (the schemas are the single definition of the format),
 * with ids narrowed to their branded types.
 */
import type { z } from 'zod';
import type {
  citationSchema,
  landmarkSchema,
  muscleSchema,
  regionSchema,
  shapeSchema,
  sourceSchema,
  textSchema,
  triggerPointSchema,
  zoneSchema,
  MUSCLE_GROUPS,
  PREVALENCE,
  FACINGS,
  glossaryTermSchema,
  articleSchema,
} from './schema';
import type {
  ArticleId,
  GlossaryId,
  LandmarkId,
  MuscleId,
  RegionId,
  SourceId,
  TriggerPointId,
} from './ids';

type Rebrand<T, K extends keyof T, B> = Omit<T, K> & { readonly [P in K]: B };

export type Text = z.infer<ReturnType<typeof textSchema>>;
export type ReadingLevel = keyof Text;
export const READING_LEVELS: readonly ReadingLevel[] = ['patient', 'clinical'];

export type MuscleGroup = (typeof MUSCLE_GROUPS)[number];
export type Prevalence = (typeof PREVALENCE)[number];
export type Facing = (typeof FACINGS)[number];
export type Citation = Rebrand<z.infer<typeof citationSchema>, 'source', SourceId>;
export type Shape = z.infer<typeof shapeSchema>;
export type Zone = Omit<z.infer<typeof zoneSchema>, 'regions'> & {
  readonly regions: readonly RegionId[];
};

export type TriggerPoint = Omit<
  Rebrand<z.infer<typeof triggerPointSchema>, 'id', TriggerPointId>,
  'referral' | 'sources'
> & {
  readonly referral: { description: Text; essential: Zone; spillover: Zone };
  readonly sources: readonly Citation[];
};

export type Muscle = Omit<
  Rebrand<z.infer<typeof muscleSchema>, 'id', MuscleId>,
  'triggerPoints' | 'sources'
> & {
  readonly triggerPoints: readonly TriggerPoint[];
  readonly sources: readonly Citation[];
};

export type Region = Rebrand<z.infer<typeof regionSchema>, 'id', RegionId>;
export type Source = Rebrand<z.infer<typeof sourceSchema>, 'id', SourceId>;
export type Landmark = Rebrand<z.infer<typeof landmarkSchema>, 'id', LandmarkId>;

export type GlossaryTerm = Omit<
  Rebrand<z.infer<typeof glossaryTermSchema>, 'id', GlossaryId>,
  'sources'
> & {
  readonly sources: readonly Citation[];
};
export type Article = Omit<Rebrand<z.infer<typeof articleSchema>, 'id', ArticleId>, 'sources'> & {
  readonly sources: readonly Citation[];
};
