/**
 * "Where does it hurt?" — rank the trigger points whose referral zones cover the spots a person
 * marked. The rule, in order:
 *   1. a candidate that explains more of the marked spots ranks higher;
 *   2. then more spots in the essential zone (an essential-zone hit outranks a spillover hit);
 *   3. then how commonly the trigger point is found (prevalence);
 *   4. then atlas order (head to foot), so the result is deterministic.
 * `score` summarises 1–2 in [0, 1]: the mean over marks of 1 (essential), 0.6 (spillover) or 0.
 * Pure and allocation-light: a handful of marks over the whole atlas takes well under 1 ms.
 */
import type { Atlas, TriggerPointInstance } from './catalogue';
import type { Prevalence } from './types';
import { zoneCoverage, type ResolvedShape } from './zones';
import { bounds } from './paint';
import type { Vec3 } from './vec';

/** One marked spot: one or more surface samples (a tap is one; a painted area or region, several). */
export interface PainMark {
  readonly samples: readonly { readonly point: Vec3; readonly normal: Vec3 }[];
}

export type ZoneHit = 'essential' | 'spillover';

export interface Candidate {
  readonly instance: TriggerPointInstance;
  /** The best zone any mark falls in. */
  readonly zone: ZoneHit;
  readonly score: number;
  /** Indices of the marks this trigger point explains, and in which zone. */
  readonly explains: readonly number[];
  readonly hits: readonly (ZoneHit | null)[];
}

export const SPILLOVER_WEIGHT = 0.6;
/**
 * Share of a mark's samples that must fall in a zone for the zone to explain the mark. A tap has
 * one sample; an area or region counts when a fair part of it (not a stray corner) is covered.
 */
export const AREA_SHARE = 0.25;

const PREVALENCE_RANK: Record<Prevalence, number> = {
  'very-common': 2,
  common: 1,
  'less-common': 0,
};

type Sphere = { c: Vec3; r: number };

/** Bounding spheres of each instance's zone shapes, computed once per instance. */
const reach = new WeakMap<TriggerPointInstance, Sphere[]>();

function reachOf(instance: TriggerPointInstance): Sphere[] {
  let spheres = reach.get(instance);
  if (!spheres) {
    const shapes: ResolvedShape[] = [...instance.essential.shapes, ...instance.spillover.shapes];
    spheres = shapes.map(bounds);
    reach.set(instance, spheres);
  }
  return spheres;
}

/** True when no zone shape of the instance comes near any sample: most instances, for any mark. */
function outOfReach(spheres: readonly Sphere[], mark: PainMark): boolean {
  for (const s of mark.samples) {
    for (const b of spheres) {
      const dx = s.point[0] - b.c[0],
        dy = s.point[1] - b.c[1],
        dz = s.point[2] - b.c[2];
      if (dx * dx + dy * dy + dz * dz <= b.r * b.r) return false;
    }
  }
  return true;
}

function markHit(instance: TriggerPointInstance, mark: PainMark): ZoneHit | null {
  const n = mark.samples.length;
  if (n === 0 || outOfReach(reachOf(instance), mark)) return null;
  const need = Math.max(1, Math.ceil(n * AREA_SHARE));
  let essential = 0;
  let either = 0;
  for (const s of mark.samples) {
    if (zoneCoverage(instance.essential.shapes, s.point, s.normal) >= 0.5) {
      essential++;
      either++;
    } else if (zoneCoverage(instance.spillover.shapes, s.point, s.normal) >= 0.5) either++;
  }
  if (essential >= need) return 'essential';
  return either >= need ? 'spillover' : null;
}

/** Rank every instance (both sides) against the marks; only candidates explaining ≥ 1 mark. */
export function rankCandidates(atlas: Atlas, marks: readonly PainMark[], limit = 10): Candidate[] {
  const order = new Map(atlas.instances.map((inst, i) => [inst.key, i]));
  const found: (Candidate & { essentials: number })[] = [];
  for (const instance of atlas.instances) {
    const hits = marks.map((m) => markHit(instance, m));
    const explains = hits.flatMap((h, i) => (h ? [i] : []));
    if (explains.length === 0) continue;
    const essentials = hits.filter((h) => h === 'essential').length;
    const score =
      hits.reduce(
        (sum, h) => sum + (h === 'essential' ? 1 : h === 'spillover' ? SPILLOVER_WEIGHT : 0),
        0,
      ) / marks.length;
    found.push({
      instance,
      zone: essentials > 0 ? 'essential' : 'spillover',
      score,
      explains,
      hits,
      essentials,
    });
  }
  found.sort(
    (a, b) =>
      b.explains.length - a.explains.length ||
      b.essentials - a.essentials ||
      PREVALENCE_RANK[b.instance.triggerPoint.prevalence] -
        PREVALENCE_RANK[a.instance.triggerPoint.prevalence] ||
      (order.get(a.instance.key) ?? 0) - (order.get(b.instance.key) ?? 0),
  );
  return found.slice(0, Math.max(0, limit)).map(({ essentials: _e, ...c }) => c);
}
