/**
 * Branded id types. Content is keyed by stable kebab-case ids, never by display names,
 * so renaming a muscle in the text never breaks a link, a stored quiz or a zone reference.
 */
declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type MuscleId = Brand<string, 'MuscleId'>;
export type TriggerPointId = Brand<string, 'TriggerPointId'>;
export type RegionId = Brand<string, 'RegionId'>;
export type LandmarkId = Brand<string, 'LandmarkId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type GlossaryId = Brand<string, 'GlossaryId'>;
export type ArticleId = Brand<string, 'ArticleId'>;

/** Which side of the body an instance is drawn on. Content is authored for the right side. */
export type Side = 'right' | 'left';
/** Both sides, right first (content is authored on the right). */
export const SIDES: readonly Side[] = ['right', 'left'];

/** A trigger point on one side of the body, e.g. `upper-trapezius-1:left`. */
export type InstanceKey = Brand<string, 'InstanceKey'>;

export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The key of a trigger point on one side, e.g. `soleus-1:left`. */
export const instanceKey = (id: TriggerPointId, side: Side): InstanceKey =>
  `${id}:${side}` as InstanceKey;

/** Split an instance key; returns null when it is not `<id>:right|left`. */
export function parseInstanceKey(key: string): { id: TriggerPointId; side: Side } | null {
  const m = /^([a-z0-9-]+):(right|left)$/.exec(key);
  if (!m || !m[1] || !m[2]) return null;
  return { id: m[1] as TriggerPointId, side: m[2] as Side };
}
