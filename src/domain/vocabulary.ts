/**
 * The closed word lists of the data format (muscle groups, prevalence, facings), apart from the
 * zod schemas that use them (schema.ts), so code that only needs the words — the muscle list's
 * group order, the catalogue's sort — does not bring zod and the schemas into the page's
 * start-up script (the data is validated in a worker).
 */

export const FACINGS = [
  'anterior',
  'posterior',
  'lateral',
  'medial',
  'superior',
  'inferior',
] as const;

/** Head to foot: the order of the muscle list. */
export const MUSCLE_GROUPS = [
  'head-face',
  'neck',
  'shoulder-upper-back',
  'arm',
  'forearm-hand',
  'chest-abdomen',
  'back',
  'hip-pelvis',
  'thigh',
  'leg',
  'foot',
] as const;

export const PREVALENCE = ['very-common', 'common', 'less-common'] as const;
