/**
 * The atlas data contract: zod schemas for every JSON file in data/ (and in imported packs).
 * TypeScript types are derived from these schemas (see types.ts), so the format is defined once.
 * Structural rules live here; rules that span files (unknown ids, duplicates, right-side
 * authoring) live in crossref.ts. Documented for authors in data/README.md.
 */
import { z } from 'zod';
import { KEBAB_ID } from './ids';
import type { Vec3 } from './vec';
import { FACINGS, MUSCLE_GROUPS, PREVALENCE } from './vocabulary';

export { FACINGS, MUSCLE_GROUPS, PREVALENCE };

const id = z.string().regex(KEBAB_ID, 'expected a kebab-case id (a-z, 0-9 and single hyphens)');

const finite = z.number({ error: 'expected a number' }).finite();

/** A point or direction in the body frame, metres. */
export const vec3Schema = z
  .array(finite, { error: 'expected 3 numbers [x, y, z]' })
  .length(3, 'expected 3 numbers [x, y, z]')
  .transform((v): Vec3 => [v[0] ?? 0, v[1] ?? 0, v[2] ?? 0]);

/** Limits keep the panel readable: a paragraph, not a page. */
export const TEXT_LIMITS = { short: 120, paragraph: 900 } as const;

const prose = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(3, 'text is empty or too short')
    .max(max, `text is longer than ${max} characters; split or shorten it`);

/** Every explanatory text exists at two reading levels. */
export const textSchema = (max: number = TEXT_LIMITS.paragraph) =>
  z.strictObject({ patient: prose(max), clinical: prose(max) });

export const citationSchema = z.strictObject({
  source: id,
  /** Where in the source: edition, volume, chapter, figure or page. */
  locator: z.string().trim().min(1).max(200).optional(),
});

const citations = z.array(citationSchema).min(1, 'at least one source is required');

/** A point given directly, or as a landmark plus an optional offset (metres). */
export const anchorSchema = z.union([
  vec3Schema,
  z.strictObject({ landmark: id, offset: vec3Schema.optional() }),
]);

/**
 * Options every shape shares. `facing` keeps only the body surface whose outward normal points
 * that way (so a zone on the front of the thigh does not leak to the back); `ipsilateral` clips
 * the shape to the trigger point's own side of the midline.
 */
const shapeOptions = {
  facing: z.enum(FACINGS).optional(),
  ipsilateral: z.boolean().optional(),
};

const radius = finite.positive('radius must be positive').max(0.6, 'radius is over 0.6 m');

export const shapeSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('sphere'), center: anchorSchema, radius, ...shapeOptions }),
    z.strictObject({
      kind: z.literal('capsule'),
      from: anchorSchema,
      to: anchorSchema,
      radius,
      ...shapeOptions,
    }),
    z.strictObject({
      kind: z.literal('ellipsoid'),
      center: anchorSchema,
      radii: vec3Schema.refine(
        (r) => r.every((v) => v > 0 && v <= 0.6),
        'radii must be in (0, 0.6] m',
      ),
      ...shapeOptions,
    }),
  ],
  { error: 'expected a shape with kind "sphere", "capsule" or "ellipsoid"' },
);

export const zoneSchema = z.strictObject({
  regions: z.array(id).default([]),
  shapes: z.array(shapeSchema).default([]),
});

export const triggerPointSchema = z.strictObject({
  id,
  /** Short label for lists and markers, e.g. "Top of the shoulder" / "TrP1, anterior free border". */
  name: textSchema(TEXT_LIMITS.short),
  /** Right-side position in the body frame, on or inside the muscle. */
  position: vec3Schema,
  prevalence: z.enum(PREVALENCE),
  location: textSchema(),
  referral: z.strictObject({
    description: textSchema(),
    essential: zoneSchema,
    spillover: zoneSchema,
  }),
  symptoms: textSchema(),
  /** Causes and perpetuating factors. */
  causes: textSchema(),
  /** Conditions the pattern can mimic (tension headache, tennis elbow, sciatica, …). */
  mimics: textSchema(),
  /** Stretch, self-pressure and activity changes, with safety notes. */
  selfCare: textSchema(),
  /** Exercises to pair with treatment. */
  exercises: textSchema(),
  /** Patient position, what the patient may feel, the local twitch response. */
  needling: textSchema(),
  /** Lung, nerves and vessels nearby; when not to needle. */
  precautions: textSchema(),
  sources: citations,
});

/** A spinal root (C1–S5) or, for head and face muscles, a cranial nerve (CN I–XII). */
const nerveRoot = z
  .string()
  .regex(
    /^(C[1-8]|T(1[0-2]|[1-9])|L[1-5]|S[1-5]|CN (I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII))$/,
    'expected a spinal root such as C5 or L4, or a cranial nerve such as CN V',
  );

export const muscleSchema = z.strictObject({
  id,
  names: z.strictObject({
    common: prose(TEXT_LIMITS.short),
    latin: prose(TEXT_LIMITS.short),
    synonyms: z.array(prose(TEXT_LIMITS.short)).default([]),
  }),
  group: z.enum(MUSCLE_GROUPS),
  origin: textSchema(),
  insertion: textSchema(),
  action: textSchema(),
  innervation: z.strictObject({
    nerve: textSchema(TEXT_LIMITS.short),
    roots: z.array(nerveRoot).min(1, 'at least one spinal root or cranial nerve is required'),
  }),
  sources: citations,
  triggerPoints: z
    .array(triggerPointSchema)
    .min(1, 'a muscle file needs at least one trigger point'),
});

export const regionSchema = z.strictObject({
  id,
  group: z.enum(MUSCLE_GROUPS),
  names: z.strictObject({ patient: prose(TEXT_LIMITS.short), clinical: prose(TEXT_LIMITS.short) }),
  synonyms: z.array(prose(TEXT_LIMITS.short)).default([]),
  shapes: z.array(shapeSchema).min(1, 'a region needs at least one shape'),
});

export const regionsFileSchema = z.strictObject({
  about: z.string().optional(),
  regions: z.array(regionSchema),
});

export const sourceSchema = z.strictObject({
  id,
  citation: prose(400),
  kind: z.enum(['book', 'article', 'guideline', 'web']),
  url: z.url().optional(),
});

export const sourcesFileSchema = z.strictObject({
  about: z.string().optional(),
  sources: z.array(sourceSchema),
});

export const landmarkSchema = z.strictObject({
  id,
  name: prose(TEXT_LIMITS.short),
  position: vec3Schema,
  normal: vec3Schema,
});

export const landmarksFileSchema = z.strictObject({
  about: z.string().optional(),
  landmarks: z.array(landmarkSchema).min(1),
});

/** A single-file data pack: any mix of muscles, regions and sources. */
export const bundleFileSchema = z.strictObject({
  about: z.string().optional(),
  muscles: z.array(muscleSchema).default([]),
  regions: z.array(regionSchema).default([]),
  sources: z.array(sourceSchema).default([]),
});

/** A glossary term, linked wherever one of its forms appears in the atlas text. */
export const glossaryTermSchema = z.strictObject({
  id,
  term: textSchema(TEXT_LIMITS.short),
  /** Forms to link in running text, e.g. ["taut band", "taut bands"]; matched case-insensitively. */
  forms: z.array(z.string().trim().min(3).max(60)).min(1, 'at least one form to link is required'),
  definition: textSchema(),
  sources: citations,
});

export const glossaryFileSchema = z.strictObject({
  about: z.string().optional(),
  terms: z.array(glossaryTermSchema),
});

/** General education: short articles (what a trigger point is, what needling feels like, …). */
export const articleSchema = z.strictObject({
  id,
  title: textSchema(TEXT_LIMITS.short),
  summary: textSchema(),
  sections: z
    .array(z.strictObject({ heading: textSchema(TEXT_LIMITS.short), body: textSchema() }))
    .min(1, 'an article needs at least one section'),
  sources: citations,
});

export const educationFileSchema = z.strictObject({
  about: z.string().optional(),
  articles: z.array(articleSchema),
});
