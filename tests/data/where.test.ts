/**
 * "Where does it hurt?" on the shipped atlas: known Travell & Simons patterns must rank their
 * classic sources near the top. Also the ranking rule itself on a hand-made atlas.
 */
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '../../src/domain/load';
import { rankCandidates } from '../../src/domain/rank';
import { landmarkMark, regionAnchorMark, regionMark, toPainMarks, type PainMarkSpec } from '../../src/domain/marks';
import type { RegionId } from '../../src/domain/ids';
import { readDataDir } from '../../scripts/lib/data-files';
import { readBodyGlb } from '../../scripts/lib/body-glb';

const result = loadAtlas(readDataDir());
if (!result.ok) throw new Error('shipped data invalid');
const { atlas } = result;

const top = (landmarks: string[], n: number, side: 'right' | 'left' = 'right') =>
  rankCandidates(
    atlas,
    landmarks.map((l) => landmarkMark(atlas, l, side)!),
    n,
  ).map((c) => c.instance.triggerPoint.id);
const muscles = (ids: string[]) => ids.map((id) => id.replace(/-\d+$/, ''));

describe('pain finder on the shipped atlas', () => {
  it('a mark at the temple brings upper trapezius and temporalis to the top', () => {
    expect(muscles(top(['temporal-fossa-center'], 3))).toEqual(
      expect.arrayContaining(['upper-trapezius', 'temporalis']),
    );
  });

  it('the lateral epicondyle brings the supinator and the wrist extensors', () => {
    const found = muscles(top(['lateral-epicondyle'], 6));
    expect(found).toContain('supinator');
    expect(found).toContain('extensor-carpi-radialis-longus');
  });

  it('the heel brings the soleus first', () => {
    expect(top(['heel-plantar'], 1)).toEqual(['soleus-1']);
  });

  it('the front of the shoulder brings the infraspinatus', () => {
    expect(muscles(top(['anterior-deltoid'], 6))).toContain('infraspinatus');
  });

  it('the side of the thigh brings the gluteus minimus first', () => {
    expect(top(['mid-lateral-thigh'], 1)).toEqual(['gluteus-minimus-1']);
  });

  it('a candidate explaining both marks outranks one explaining one, and marks keep their side', () => {
    const ranked = rankCandidates(
      atlas,
      [
        landmarkMark(atlas, 'temporal-fossa-center', 'left')!,
        landmarkMark(atlas, 'angle-of-mandible', 'left')!,
      ],
      5,
    );
    expect(ranked[0]!.instance.key).toBe('upper-trapezius-1:left');
    expect(ranked[0]!.explains).toEqual([0, 1]);
    expect(ranked.slice(1).every((c) => c.explains.length <= 1)).toBe(true);
    expect(ranked.every((c) => c.instance.side === 'left')).toBe(true);
  });

  it('a region mark tests the whole area', async () => {
    const { skin } = await readBodyGlb();
    const heel = regionMark(atlas, 'heel', 'right', skin)!;
    expect(heel.samples.length).toBeGreaterThan(5);
    expect(rankCandidates(atlas, [heel], 1)[0]!.instance.key).toBe('soleus-1:right');
  });

  it('returns nothing for a spot no zone covers and respects the limit', () => {
    expect(rankCandidates(atlas, [{ samples: [{ point: [0, 3, 0], normal: [0, 1, 0] }] }])).toEqual(
      [],
    );
    expect(top(['lateral-epicondyle'], 2)).toHaveLength(2);
  });
});

describe('marks from link specs', () => {
  it('ranks region marks the same way with or without the body mesh', async () => {
    const { skin } = await readBodyGlb();
    const spec: PainMarkSpec[] = [{ kind: 'region', id: 'heel' as RegionId, side: 'left' }];
    const withSkin = rankCandidates(atlas, toPainMarks(atlas, spec, skin), 1);
    const without = rankCandidates(atlas, toPainMarks(atlas, spec, null), 1);
    expect(withSkin[0]?.instance.key).toBe('soleus-1:left');
    expect(without[0]?.instance.key).toBe('soleus-1:left');
    expect(regionAnchorMark(atlas, 'no-such-region', 'right')).toBeUndefined();
  });

  it('snaps spots to the skin so zones facing a direction still match', async () => {
    const { skin } = await readBodyGlb();
    const heel = atlas.landmarkById.get('heel-plantar' as never)!.position;
    const marks = toPainMarks(
      atlas,
      [{ kind: 'spot', points: [[heel[0], heel[1] - 0.01, heel[2]]] }],
      skin,
    );
    expect(rankCandidates(atlas, marks, 1)[0]?.instance.key).toBe('soleus-1:right');
  });
});
