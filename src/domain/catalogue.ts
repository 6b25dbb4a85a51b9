/**
 * The validated atlas: every record indexed by id, and every trigger point instantiated on both
 * sides of the body with its zones resolved. Built only by load.ts after validation, so code
 * holding an Atlas can rely on every cross-reference resolving.
 */
import type {
  ArticleId,
  GlossaryId,
  InstanceKey,
  LandmarkId,
  MuscleId,
  RegionId,
  Side,
  SourceId,
  TriggerPointId,
} from './ids';
import { SIDES, instanceKey } from './ids';
import type {
  Article,
  GlossaryTerm,
  Landmark,
  Muscle,
  MuscleGroup,
  Region,
  Source,
  TriggerPoint,
  Zone,
} from './types';
import { MUSCLE_GROUPS } from './vocabulary';
import { resolveShape, type LandmarkLookup, type ResolvedShape } from './zones';
import { mirrorX, type Vec3 } from './vec';

export interface ResolvedZone {
  readonly regions: readonly Region[];
  /** The zone's own shapes plus its regions' shapes, resolved for the instance's side. */
  readonly shapes: readonly ResolvedShape[];
}

export interface TriggerPointInstance {
  readonly key: InstanceKey;
  readonly side: Side;
  readonly triggerPoint: TriggerPoint;
  readonly muscle: Muscle;
  /** Body-frame position on this side. */
  readonly position: Vec3;
  readonly essential: ResolvedZone;
  readonly spillover: ResolvedZone;
}

export interface Atlas {
  readonly muscles: readonly Muscle[];
  readonly regions: readonly Region[];
  readonly landmarks: readonly Landmark[];
  readonly sources: readonly Source[];
  /** Glossary terms, alphabetical by clinical term. */
  readonly glossary: readonly GlossaryTerm[];
  /** General education articles, in the order they are authored. */
  readonly articles: readonly Article[];
  /** Both sides of every trigger point, right side first, in muscle order. */
  readonly instances: readonly TriggerPointInstance[];
  readonly muscleById: ReadonlyMap<MuscleId, Muscle>;
  readonly triggerPointById: ReadonlyMap<
    TriggerPointId,
    { triggerPoint: TriggerPoint; muscle: Muscle }
  >;
  readonly regionById: ReadonlyMap<RegionId, Region>;
  readonly landmarkById: ReadonlyMap<LandmarkId, Landmark>;
  readonly sourceById: ReadonlyMap<SourceId, Source>;
  readonly instanceByKey: ReadonlyMap<InstanceKey, TriggerPointInstance>;
  readonly glossaryById: ReadonlyMap<GlossaryId, GlossaryTerm>;
  readonly articleById: ReadonlyMap<ArticleId, Article>;
}

const byId = <T extends { id: string }, K extends string>(items: readonly T[]) =>
  new Map(items.map((item) => [item.id as K, item]));

/** Muscles ordered head to foot (by group), then by common name. */
function sortMuscles(muscles: readonly Muscle[]): Muscle[] {
  const rank = (g: MuscleGroup) => MUSCLE_GROUPS.indexOf(g);
  return [...muscles].sort(
    (a, b) => rank(a.group) - rank(b.group) || a.names.common.localeCompare(b.names.common, 'en'),
  );
}

function resolveZone(
  zone: Zone,
  side: Side,
  regions: ReadonlyMap<RegionId, Region>,
  lookup: LandmarkLookup,
): ResolvedZone {
  const used = zone.regions
    .map((id) => regions.get(id))
    .filter((r): r is Region => r !== undefined);
  const authored = [...zone.shapes, ...used.flatMap((r) => r.shapes)];
  const shapes = authored
    .map((s) => resolveShape(s, side, lookup))
    .filter((s): s is ResolvedShape => s !== undefined);
  return { regions: used, shapes };
}

/** Assemble the atlas from records that have passed every check in load.ts. */
export function buildAtlas(input: {
  muscles: readonly Muscle[];
  regions: readonly Region[];
  landmarks: readonly Landmark[];
  sources: readonly Source[];
  glossary?: readonly GlossaryTerm[];
  articles?: readonly Article[];
}): Atlas {
  const muscles = sortMuscles(input.muscles);
  const regionById = byId<Region, RegionId>(input.regions);
  const landmarkById = byId<Landmark, LandmarkId>(input.landmarks);
  const lookup: LandmarkLookup = (id) => landmarkById.get(id as LandmarkId)?.position;
  const triggerPointById = new Map<
    TriggerPointId,
    { triggerPoint: TriggerPoint; muscle: Muscle }
  >();
  const instances: TriggerPointInstance[] = [];
  for (const muscle of muscles) {
    for (const triggerPoint of muscle.triggerPoints) {
      triggerPointById.set(triggerPoint.id, { triggerPoint, muscle });
      for (const side of SIDES) {
        instances.push({
          key: instanceKey(triggerPoint.id, side),
          side,
          triggerPoint,
          muscle,
          position: side === 'left' ? mirrorX(triggerPoint.position) : triggerPoint.position,
          essential: resolveZone(triggerPoint.referral.essential, side, regionById, lookup),
          spillover: resolveZone(triggerPoint.referral.spillover, side, regionById, lookup),
        });
      }
    }
  }
  const glossary = [...(input.glossary ?? [])].sort((a, b) =>
    a.term.clinical.localeCompare(b.term.clinical, 'en'),
  );
  const articles = input.articles ?? [];
  return {
    muscles,
    regions: input.regions,
    landmarks: input.landmarks,
    sources: input.sources,
    instances,
    muscleById: byId<Muscle, MuscleId>(muscles),
    triggerPointById,
    regionById,
    landmarkById,
    sourceById: byId<Source, SourceId>(input.sources),
    instanceByKey: new Map(instances.map((i) => [i.key, i])),
    glossary,
    articles,
    glossaryById: byId<GlossaryTerm, GlossaryId>(glossary),
    articleById: byId<Article, ArticleId>(articles),
  };
}
