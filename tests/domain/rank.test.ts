import { describe, expect, it } from 'vitest';
import { rankCandidates, type PainMark } from '../../src/domain/rank';
import { loadAtlas } from '../../src/domain/load';
import { fixtureFiles } from '../support/fixture';

/** The fixture plus a second, less common trigger point whose essential zone is the jaw. */
function atlas() {
  const files = fixtureFiles();
  const m = structuredClone(files['muscles/upper-trapezius.json']) as any;
  const second = structuredClone(m.triggerPoints[0]);
  second.id = 'upper-trapezius-2';
  second.prevalence = 'less-common';
  second.referral.essential = { regions: ['angle-of-jaw'] };
  second.referral.spillover = { regions: ['temple'] };
  for (const k of [
    'location',
    'symptoms',
    'causes',
    'mimics',
    'selfCare',
    'exercises',
    'needling',
    'precautions',
  ])
    second[k] = { patient: `Second ${k}.`, clinical: `Second ${k}, clinical.` };
  second.referral.description = {
    patient: 'Second pattern.',
    clinical: 'Second pattern, clinical.',
  };
  m.triggerPoints.push(second);
  const r = loadAtlas({ ...files, 'muscles/upper-trapezius.json': m });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.atlas;
}

const at = (
  point: [number, number, number],
  normal: [number, number, number] = [-1, 0, 0],
): PainMark => ({ samples: [{ point, normal }] });
const temple = at([-0.085, 1.66, 0.03]);
const jaw = at([-0.05, 1.55, 0.03], [-0.8, -0.2, 0.2]);

describe('ranking rule', () => {
  it('puts an essential-zone hit above a spillover-zone hit', () => {
    const ranked = rankCandidates(atlas(), [temple]);
    expect(ranked.map((c) => [c.instance.key, c.zone, c.score])).toEqual([
      ['upper-trapezius-1:right', 'essential', 1],
      ['upper-trapezius-2:right', 'spillover', 0.6],
    ]);
  });

  it('ranks by how many marks are explained before zone strength', () => {
    const ranked = rankCandidates(atlas(), [temple, jaw]);
    // TrP2 covers the jaw (essential) and the temple (spillover); TrP1 the temple (essential) and jaw (spillover): both explain 2.
    expect(ranked.map((c) => c.explains)).toEqual([
      [0, 1],
      [0, 1],
    ]);
    // Tied on count and on essential hits: the more common trigger point wins.
    expect(ranked[0]!.instance.triggerPoint.id).toBe('upper-trapezius-1');
  });

  it('judges an area mark by the share of it inside a zone', () => {
    const stray = {
      samples: [
        temple.samples[0]!,
        ...Array.from({ length: 7 }, () => at([0, 0.5, 0.2], [0, 0, 1]).samples[0]!),
      ],
    };
    expect(rankCandidates(atlas(), [stray])).toEqual([]);
    const half = {
      samples: [temple.samples[0]!, temple.samples[0]!, at([0, 0.5, 0.2]).samples[0]!],
    };
    expect(rankCandidates(atlas(), [half])[0]!.instance.key).toBe('upper-trapezius-1:right');
  });
});
