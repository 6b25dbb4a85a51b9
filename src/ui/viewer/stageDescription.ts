/**
 * The 3D view in words, for people who cannot see the canvas: how many trigger points are
 * marked and, with a selection, the painted pattern (the essential and spillover zones by
 * region name). Pure, so the wording is tested without a DOM.
 */
import type { Atlas, ResolvedZone, TriggerPointInstance } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';

const regionList = (zone: ResolvedZone, level: ReadingLevel): string =>
  zone.regions.length > 0
    ? zone.regions.map((r) => r.names[level]).join(', ')
    : zone.shapes.length > 0
      ? 'an area shown on the body'
      : 'none';

/** One paragraph describing what the 3D view shows now. */
export function describeStage(
  atlas: Atlas,
  instance: TriggerPointInstance | undefined,
  mode: 'explore' | 'pain',
  marks: number,
  level: ReadingLevel,
): string {
  if (mode === 'pain') {
    const marked =
      marks === 0
        ? 'No painful spots are marked yet'
        : `${marks} painful ${marks === 1 ? 'spot is' : 'spots are'} marked`;
    return `${marked}. Tap or click the body to mark where it hurts, or choose a body area from the list in the panel.`;
  }
  const perSide = atlas.instances.filter((i) => i.side === 'right').length;
  const count = `${atlas.instances.length} trigger points are marked on the body, ${perSide} on each side.`;
  if (!instance)
    return `${count} Choose one on the body or from "Find a muscle" to see where its pain spreads.`;
  const side = instance.side === 'right' ? 'right' : 'left';
  return (
    `${count} Showing ${instance.muscle.names.common}, ${instance.triggerPoint.name[level]}, ${side} side. ` +
    `Essential zone (solid red): ${regionList(instance.essential, level)}. ` +
    `Spillover zone (red dots): ${regionList(instance.spillover, level)}.`
  );
}
