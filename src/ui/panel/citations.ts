/**
 * The citations behind a trigger point, resolved to full references: the trigger point's own
 * first, then the muscle's, without repeats. Pure.
 */
import type { Atlas } from '../../domain/catalogue';
import type { Citation, Source } from '../../domain/types';

export interface ResolvedCitation {
  readonly source: Source;
  readonly locators: readonly string[];
}

/** Group citations by source (keeping first-seen order) and collect their locators. */
export function resolveCitations(
  citations: readonly Citation[],
  sourceById: Atlas['sourceById'],
): ResolvedCitation[] {
  const out = new Map<string, { source: Source; locators: string[] }>();
  for (const c of citations) {
    const source = sourceById.get(c.source);
    if (!source) continue;
    const entry = out.get(source.id) ?? { source, locators: [] };
    if (c.locator && !entry.locators.includes(c.locator)) entry.locators.push(c.locator);
    out.set(source.id, entry);
  }
  return [...out.values()];
}
