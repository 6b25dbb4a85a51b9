/** Legend wording at both reading levels (short label + explanation). */
import type { SwatchKind } from '../common/Swatch';
import type { Wording } from '../common/text';

export interface LegendEntry {
  readonly kind: SwatchKind;
  readonly label: Wording;
  readonly detail: Wording;
}

export const LEGEND: readonly LegendEntry[] = [
  {
    kind: 'essential',
    label: { patient: 'Essential zone', clinical: 'Essential zone' },
    detail: {
      patient: 'where nearly everyone with this trigger point feels pain',
      clinical: 'referred pain present in nearly all patients',
    },
  },
  {
    kind: 'spillover',
    label: { patient: 'Spillover zone', clinical: 'Spillover zone' },
    detail: {
      patient: 'where some people also feel it',
      clinical: 'referred pain present in some patients',
    },
  },
  {
    kind: 'marker',
    label: { patient: 'Trigger point', clinical: 'Trigger point (TrP)' },
    detail: {
      patient: 'the tender spot in the muscle that sends the pain',
      clinical: 'location of the trigger point',
    },
  },
];
