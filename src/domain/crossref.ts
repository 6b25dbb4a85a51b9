/**
 * Checks that span records and files: unique ids, references that resolve (regions, landmarks,
 * sources), right-side authoring, positions inside the body's bounding box, and file names that
 * match muscle ids. Whether a position lies on the body's surface needs the body mesh and is
 * checked by surface.ts where the mesh is available.
 */
import type { AtlasIssue } from './issues';
import { findDuplicateText } from './duplicates';
import type {
  Article,
  Citation,
  GlossaryTerm,
  Landmark,
  Muscle,
  Region,
  Shape,
  Source,
  Zone,
} from './types';

/** A record with where it came from, so an issue can name file and path. */
export interface Located<T> {
  readonly value: T;
  readonly file: string;
  /** Path of the record inside its file ('' when the file is the record). */
  readonly path: string;
}

interface Input {
  muscles: readonly Located<Muscle>[];
  regions: readonly Located<Region>[];
  landmarks: readonly Located<Landmark>[];
  sources: readonly Located<Source>[];
  glossary: readonly Located<GlossaryTerm>[];
  articles: readonly Located<Article>[];
}

/** The body's extent in the body frame, with a margin: anything outside is a typo. */
export const BODY_BOUNDS = { x: 0.55, yMin: -0.01, yMax: 1.8, zMin: -0.2, zMax: 0.35 } as const;

const join = (base: string, rest: string) => (base ? `${base}.${rest}` : rest);

function duplicates<T extends { id: string }>(
  kind: string,
  items: readonly Located<T>[],
  issues: AtlasIssue[],
): void {
  const seen = new Map<string, Located<T>>();
  for (const item of items) {
    const first = seen.get(item.value.id);
    if (first) {
      issues.push({
        file: item.file,
        path: join(item.path, 'id'),
        message: `duplicate ${kind} id "${item.value.id}" (first defined in ${first.file}${first.path ? ` at ${first.path}` : ''})`,
      });
    } else seen.set(item.value.id, item);
  }
}

/**
 * All cross-file checks. `authoring` adds the content-quality checks that only authors need
 * (copied sentences between muscles); the CLI and tests run them, the app skips them at start-up.
 */
export function crossCheck(input: Input, authoring = true): AtlasIssue[] {
  const issues: AtlasIssue[] = [];
  const triggerPoints = input.muscles.flatMap((m) =>
    m.value.triggerPoints.map((tp, i) => ({
      value: tp,
      file: m.file,
      path: join(m.path, `triggerPoints[${i}]`),
    })),
  );
  duplicates('muscle', input.muscles, issues);
  duplicates('trigger point', triggerPoints, issues);
  duplicates('region', input.regions, issues);
  duplicates('landmark', input.landmarks, issues);
  duplicates('source', input.sources, issues);
  duplicates('glossary term', input.glossary, issues);
  duplicates('article', input.articles, issues);

  const regionIds = new Set<string>(input.regions.map((r) => r.value.id));
  const landmarkIds = new Set<string>(input.landmarks.map((l) => l.value.id));
  const sourceIds = new Set<string>(input.sources.map((s) => s.value.id));
  const report = (file: string, path: string, message: string) =>
    issues.push({ file, path, message });

  const checkCitations = (file: string, path: string, citations: readonly Citation[]) =>
    citations.forEach((c, i) => {
      if (!sourceIds.has(c.source))
        report(
          file,
          `${path}[${i}].source`,
          `unknown source id "${c.source}" (not in the sources files)`,
        );
    });

  const checkShapes = (file: string, path: string, shapes: readonly Shape[]) =>
    shapes.forEach((shape, i) => {
      const anchors =
        shape.kind === 'capsule' ? { from: shape.from, to: shape.to } : { center: shape.center };
      for (const [key, anchor] of Object.entries(anchors)) {
        if (!Array.isArray(anchor) && !landmarkIds.has((anchor as { landmark: string }).landmark)) {
          report(
            file,
            `${path}[${i}].${key}.landmark`,
            `unknown landmark id "${(anchor as { landmark: string }).landmark}"`,
          );
        }
      }
    });

  const checkZone = (file: string, path: string, zone: Zone, required: boolean) => {
    zone.regions.forEach((id, i) => {
      if (!regionIds.has(id)) report(file, `${path}.regions[${i}]`, `unknown region id "${id}"`);
    });
    checkShapes(file, `${path}.shapes`, zone.shapes);
    if (required && zone.regions.length === 0 && zone.shapes.length === 0) {
      report(file, path, 'the essential zone is empty: name at least one region or shape');
    }
  };

  for (const { value: region, file, path } of input.regions)
    checkShapes(file, join(path, 'shapes'), region.shapes);
  for (const { value, file, path } of [...input.glossary, ...input.articles])
    checkCitations(file, join(path, 'sources'), value.sources);

  for (const { value: muscle, file, path } of input.muscles) {
    const expected = `muscles/${muscle.id}.json`;
    if (file.startsWith('muscles/') && file !== expected) {
      report(
        file,
        join(path, 'id'),
        `muscle id "${muscle.id}" does not match its file name (expected ${expected})`,
      );
    }
    checkCitations(file, join(path, 'sources'), muscle.sources);
    muscle.triggerPoints.forEach((tp, i) => {
      const at = join(path, `triggerPoints[${i}]`);
      if (!tp.id.startsWith(`${muscle.id}-`)) {
        report(
          file,
          `${at}.id`,
          `trigger point id "${tp.id}" should start with its muscle id "${muscle.id}-"`,
        );
      }
      const [x, y, z] = tp.position;
      if (x >= 0)
        report(
          file,
          `${at}.position`,
          "trigger points are authored on the body's right side (x < 0); the left side is generated",
        );
      if (
        Math.abs(x) > BODY_BOUNDS.x ||
        y < BODY_BOUNDS.yMin ||
        y > BODY_BOUNDS.yMax ||
        z < BODY_BOUNDS.zMin ||
        z > BODY_BOUNDS.zMax
      ) {
        report(
          file,
          `${at}.position`,
          `position [${tp.position.join(', ')}] is off the body (outside its bounding box)`,
        );
      }
      checkZone(file, `${at}.referral.essential`, tp.referral.essential, true);
      checkZone(file, `${at}.referral.spillover`, tp.referral.spillover, false);
      checkCitations(file, `${at}.sources`, tp.sources);
    });
  }
  if (authoring) issues.push(...findDuplicateText(input.muscles));
  return issues;
}
