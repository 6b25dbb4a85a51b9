/** Human names for the muscle groups, in head-to-foot order (the order of MUSCLE_GROUPS). */
import { MUSCLE_GROUPS } from '../../domain/vocabulary';
import type { MuscleGroup } from '../../domain/types';

export const GROUP_LABELS: Readonly<Record<MuscleGroup, string>> = {
  'head-face': 'Head and face',
  neck: 'Neck',
  'shoulder-upper-back': 'Shoulder and upper back',
  arm: 'Arm',
  'forearm-hand': 'Forearm and hand',
  'chest-abdomen': 'Chest and abdomen',
  back: 'Back',
  'hip-pelvis': 'Hip and pelvis',
  thigh: 'Thigh',
  leg: 'Leg',
  foot: 'Foot',
};

/** Groups head to foot. */
export const GROUP_ORDER: readonly MuscleGroup[] = MUSCLE_GROUPS;
