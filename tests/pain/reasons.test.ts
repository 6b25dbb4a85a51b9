import { describe, expect, it } from 'vitest';
import { candidateReasons, joinAnd } from '../../src/ui/pain/reasons';
import type { MarkPlace } from '../../src/ui/pain/describeMark';

const place = (patient: string, clinical: string): MarkPlace => ({
  name: { patient, clinical },
  by: 'region',
  side: 'right',
});
const places = [
  place('Temple', 'Temporal region'),
  place('Corner of the jaw', 'Angle of the mandible'),
  place('Heel', 'Calcaneal region'),
];

describe('candidateReasons', () => {
  it('says which marks are in the main zone, the spillover, and which are not explained', () => {
    expect(candidateReasons(['essential', 'spillover', null], places, 'patient')).toEqual([
      "Your temple (1) is in this trigger point's main referral zone, where nearly everyone with it feels pain.",
      'Your corner of the jaw (2) is in the area where some people also feel it.',
      'It does not explain your heel (3).',
    ]);
  });

  it('uses clinical names at the clinical level', () => {
    expect(candidateReasons(['essential', 'essential', null], places, 'clinical')).toEqual([
      'Mark 1 (temporal region) and mark 2 (angle of the mandible): essential zone.',
      'Not covered: mark 3 (calcaneal region).',
    ]);
  });

  it('joins lists in plain English', () => {
    expect(joinAnd(['a'])).toBe('a');
    expect(joinAnd(['a', 'b', 'c'])).toBe('a, b and c');
  });
});
