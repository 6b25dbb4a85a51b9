/**
 * The short hover label of a marker: "Upper trapezius — top of the shoulder (right)". Pure.
 */
import type { TriggerPointInstance } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';

/** Lower-case the first letter unless the first word looks like a code or acronym ("TrP1", "C7", "SCM"). */
function lowerFirst(text: string): string {
  const word = /^\S+/.exec(text)?.[0] ?? '';
  if (word.length < 2 || /[A-Z0-9]/.test(word.slice(1))) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Muscle name, the trigger point's name at the reading level, and the side. */
export function markerLabel(instance: TriggerPointInstance, level: ReadingLevel): string {
  const muscle = instance.muscle.names.common;
  const point = lowerFirst(instance.triggerPoint.name[level]);
  return `${muscle} — ${point} (${instance.side})`;
}
