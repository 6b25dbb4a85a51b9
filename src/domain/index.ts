/**
 * Trigger Point Atlas as a library: load and validate atlas data, mirror it to both sides of
 * the body, test zones and rank the trigger points that refer pain to a set of spots — without
 * React, three.js or a browser. Everything here is pure TypeScript over plain JSON and arrays.
 *
 * @example
 * ```ts
 * import { loadAtlas, landmarkMark, rankCandidates } from './src/domain';
 * const result = loadAtlas(files); // { 'muscles/soleus.json': {...}, 'landmarks.json': {...}, ... }
 * if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
 * const heel = landmarkMark(result.atlas, 'heel-plantar', 'right')!;
 * rankCandidates(result.atlas, [heel], 3); // soleus-1:right first
 * ```
 *
 * Coordinates are in the body frame: metres, +Y up, +Z anterior, +X toward the body's left.
 * @packageDocumentation
 */

/** Load and validate atlas JSON (the single validation boundary); returns the Atlas or every issue. */
export { loadAtlas, type DataFiles, type LoadResult, type LoadOptions } from './load';
export { classifyFile } from './fileKinds';
/** Data packs laid over the shipped files, as the CLI and the app import them. */
export {
  packFileKey,
  layPack,
  parsePack,
  loadWithPack,
  PACK_LIMITS,
  type PackInput,
  type ParsedPack,
  type AtlasLoad,
} from './packs';
export { summarizePack, describeSummary, type PackSummary } from './packSummary';
/** Problems found in data: file, JSON path and message; and their one-line form. */
export { formatIssue, type AtlasIssue } from './issues';
/** The validated atlas with its indexes and the both-side trigger point instances. */
export type { Atlas, TriggerPointInstance, ResolvedZone } from './catalogue';
/** Record types derived from the schemas. */
export type {
  Muscle,
  TriggerPoint,
  Region,
  Landmark,
  Source,
  Citation,
  GlossaryTerm,
  Article,
  Text,
  ReadingLevel,
  Shape,
  Zone,
  MuscleGroup,
  Prevalence,
} from './types';
/** Branded ids and the `<trigger-point-id>:right|left` instance keys. */
export { instanceKey, parseInstanceKey, SIDES } from './ids';
export type {
  MuscleId,
  TriggerPointId,
  RegionId,
  LandmarkId,
  SourceId,
  InstanceKey,
  Side,
} from './ids';
/** Zod schemas of every data file, for tools that want to validate a single file. */
export {
  muscleSchema,
  regionsFileSchema,
  sourcesFileSchema,
  landmarksFileSchema,
  glossaryFileSchema,
  educationFileSchema,
  bundleFileSchema,
} from './schema';
/** Zone geometry: resolve authored shapes for a side, and test surface points against zones. */
export { resolveShape, shapeCoverage, zoneCoverage, inZone, type ResolvedShape } from './zones';
/** Mirroring across the mid-sagittal plane (x → −x) and small vector helpers. */
export { mirrorX, type Vec3 } from './vec';
/** Per-vertex zone coverage of a mesh, and the best camera view of a pattern. */
export { paintZones, type PaintSummary } from './paint';
export { focusView, type FocusView } from './focus';
/** Checks against a body mesh: trigger points under the skin, landmarks on it, zones touching it. */
export { checkAgainstSkin, nearestVertex, type SkinQuery } from './surface';
/** "Where does it hurt?": pain marks from spots, landmarks or regions, and the ranking. */
export {
  pointMark,
  landmarkMark,
  regionMark,
  regionAnchorMark,
  toPainMarks,
  type SkinArrays,
  type PainMarkSpec,
} from './marks';
export {
  rankCandidates,
  SPILLOVER_WEIGHT,
  AREA_SHARE,
  type PainMark,
  type Candidate,
  type ZoneHit,
} from './rank';
/** Glossary linking: split text into plain runs and term mentions. */
export { termMatcher, linkTerms, type Segment, type TermMatcher } from './glossary';
