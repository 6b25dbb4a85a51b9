/**
 * Why a candidate is on the list, in words at the reading level: which marks fall in its main
 * (essential) referral zone, which only in the spillover zone, and which it does not explain.
 * Marks are named by place and number ("your temple (1)"). Pure string building, unit-tested.
 */
import type { ReadingLevel } from '../../domain/types';
import { lowerFirst, type MarkPlace } from './describeMark';

/** One candidate's hits, per mark in the user's list (null: the mark is not explained). */
export type MarkHits = readonly ('essential' | 'spillover' | null)[];

/** "A", "A and B", "A, B and C". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A mark as a phrase: "your temple (1)" / "mark 1 (temporal region)". */
export function markPhrase(place: MarkPlace, number: number, level: ReadingLevel): string {
  if (level === 'clinical') return `mark ${number} (${lowerFirst(place.name.clinical)})`;
  if (place.by === 'region') return `your ${lowerFirst(place.name.patient)} (${number})`;
  if (place.by === 'landmark') return `the spot ${place.name.patient} (${number})`;
  return `spot ${number}`;
}

const capitalise = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

/**
 * Sentences explaining a candidate. `places[i]` and `hits[i]` belong to mark i (numbered i + 1).
 */
export function candidateReasons(
  hits: MarkHits,
  places: readonly MarkPlace[],
  level: ReadingLevel,
): string[] {
  const phrases = (zone: 'essential' | 'spillover' | null) =>
    hits.flatMap((h, i) => (h === zone && places[i] ? [markPhrase(places[i], i + 1, level)] : []));
  const essential = phrases('essential');
  const spillover = phrases('spillover');
  const missed = phrases(null);
  const out: string[] = [];
  const verb = (n: number) => (n === 1 ? 'is' : 'are');
  if (level === 'patient') {
    if (essential.length)
      out.push(
        `${capitalise(joinAnd(essential))} ${verb(essential.length)} in this trigger point's main referral zone, where nearly everyone with it feels pain.`,
      );
    if (spillover.length)
      out.push(
        `${capitalise(joinAnd(spillover))} ${verb(spillover.length)} in the area where some people also feel it.`,
      );
    if (missed.length) out.push(`It does not explain ${joinAnd(missed)}.`);
  } else {
    if (essential.length) out.push(`${capitalise(joinAnd(essential))}: essential zone.`);
    if (spillover.length) out.push(`${capitalise(joinAnd(spillover))}: spillover zone.`);
    if (missed.length) out.push(`Not covered: ${joinAnd(missed)}.`);
  }
  return out;
}
