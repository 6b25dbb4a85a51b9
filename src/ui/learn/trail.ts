/**
 * Back navigation inside the Learn view. The store holds only the current target
 * (`learn`); the view keeps the trail of targets visited since it opened, so Back returns
 * from a term to the article it was opened from. Pure: no React, no store.
 */
import type { LearnTarget } from '../../state/store';

export type Trail = readonly LearnTarget[];

/** Longest trail kept: enough for any real reading session, bounded for a long one. */
export const TRAIL_LIMIT = 30;

const INDEX: LearnTarget = { kind: 'index' };

/** True when both targets show the same page. */
export function sameTarget(a: LearnTarget, b: LearnTarget): boolean {
  if (a.kind !== b.kind) return false;
  return a.kind === 'index' || (b.kind !== 'index' && a.id === b.id);
}

/** The trail after showing `target`: appended, unless it is already the page on top. */
export function visit(trail: Trail, target: LearnTarget): Trail {
  const top = trail[trail.length - 1];
  if (top && sameTarget(top, target)) return trail;
  const next = [...trail, target];
  return next.length > TRAIL_LIMIT ? next.slice(next.length - TRAIL_LIMIT) : next;
}

/**
 * Where Back leads: the previous page, or the index when the view was opened straight at an
 * article or term. Null on the index with nothing before it (Back is not offered there).
 */
export function backTarget(trail: Trail): LearnTarget | null {
  const top = trail[trail.length - 1];
  const previous = trail[trail.length - 2];
  if (previous) return previous;
  return top && top.kind !== 'index' ? INDEX : null;
}

/** The trail after going back (the page left is dropped). */
export function goBack(trail: Trail): Trail {
  return trail.length > 1 ? trail.slice(0, -1) : [];
}
