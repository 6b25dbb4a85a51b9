/**
 * Pain-finder ranking time, measured in node with the same domain code the app runs: 1, 3 and
 * 10 marks over the shipped atlas (both sides) and over an atlas grown synthetically to 1,000
 * trigger points. Reports the median of many runs after a warm-up (the JIT must settle).
 */
import { loadAtlas } from '../../src/domain/load';
import { buildAtlas, type Atlas } from '../../src/domain/catalogue';
import { landmarkMark } from '../../src/domain/marks';
import { rankCandidates, type PainMark } from '../../src/domain/rank';
import type { Muscle, TriggerPoint } from '../../src/domain/types';
import { readDataDir } from '../lib/data-files';

const LANDMARKS = [
  'temporal-fossa-center',
  'angle-of-mandible',
  'lateral-epicondyle',
  'anterior-deltoid',
  'heel-plantar',
  'mid-lateral-thigh',
  'sacroiliac-joint',
  'mastoid-process',
  'anatomical-snuffbox',
  'popliteal-fossa',
];

/** The shipped muscles repeated (with new ids) until there are at least `target` trigger points. */
function grow(atlas: Atlas, target: number): Atlas {
  const muscles: Muscle[] = [...atlas.muscles];
  let count = atlas.triggerPointById.size;
  for (let copy = 1; count < target; copy++) {
    for (const m of atlas.muscles) {
      if (count >= target) break;
      const triggerPoints = m.triggerPoints.map(
        (tp) => ({ ...tp, id: `${tp.id}-x${copy}` }) as TriggerPoint,
      );
      muscles.push({ ...m, id: `${m.id}-x${copy}`, triggerPoints } as unknown as Muscle);
      count += triggerPoints.length;
    }
  }
  return buildAtlas({
    muscles,
    regions: atlas.regions,
    landmarks: atlas.landmarks,
    sources: atlas.sources,
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

function time(atlas: Atlas, marks: PainMark[]): number {
  for (let i = 0; i < 30; i++) rankCandidates(atlas, marks);
  const runs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t = performance.now();
    rankCandidates(atlas, marks);
    runs.push(performance.now() - t);
  }
  return median(runs);
}

export interface RankingFigures {
  readonly triggerPoints: number;
  readonly instances: number;
  /** Median milliseconds per ranking, by number of marks. */
  readonly ms: Record<'1' | '3' | '10', number>;
}

export function measureRanking(): { shipped: RankingFigures; synthetic: RankingFigures } {
  const result = loadAtlas(readDataDir());
  if (!result.ok)
    throw new Error('shipped data is invalid: run `npm run --silent atlas -- validate`');
  const measure = (atlas: Atlas): RankingFigures => {
    const marks = LANDMARKS.map((l) => landmarkMark(atlas, l)).filter(
      (m): m is PainMark => m !== undefined,
    );
    return {
      triggerPoints: atlas.triggerPointById.size,
      instances: atlas.instances.length,
      ms: {
        '1': time(atlas, marks.slice(0, 1)),
        '3': time(atlas, marks.slice(0, 3)),
        '10': time(atlas, marks.slice(0, 10)),
      },
    };
  };
  return { shipped: measure(result.atlas), synthetic: measure(grow(result.atlas, 1000)) };
}
