/**
 * Anthropometric constants of the neutral adult body model, in one place.
 *
 * Heights and segment lengths are fractions of stature H after Drillis & Contini (1966), as
 * redrawn in Winter, "Biomechanics and Motor Control of Human Movement", 4th ed. (2009), fig. 4.1.
 * Levels that figure does not give (C7, suprasternal notch, navel, iliac crest, crotch, gluteal
 * fold) are ratios of ANSUR II (Gordon et al. 2014, US Army anthropometric survey) mean values to
 * mean stature, rounded. Depths (z) are set to the same surveys' chest/waist depth ratios and
 * checked against real muscle centroids expressed in the body frame (the calibration table).
 * Invariant: everything downstream (skeleton, surface, landmarks) derives from these numbers, so
 * changing stature here rescales the whole model consistently.
 */
export const H = 1.75;

/** Heights above the floor as fractions of H. */
export const LEVEL = {
  eye: 0.936, // Winter fig. 4.1
  chin: 0.87, // Winter fig. 4.1
  cervicale: 0.853, // ANSUR II cervicale height / stature
  shoulder: 0.818, // Winter fig. 4.1 (acromion)
  suprasternale: 0.817, // ANSUR II
  nipple: 0.72, // Winter fig. 4.1 (chest)
  elbow: 0.63, // Winter fig. 4.1
  iliocristale: 0.606, // ANSUR II iliac crest height
  navel: 0.598, // ANSUR II omphalion height
  hip: 0.53, // Winter fig. 4.1 (greater trochanter)
  crotch: 0.475, // ANSUR II crotch height
  gluteal: 0.44, // ANSUR II gluteal furrow height
  knee: 0.285, // Winter fig. 4.1 (knee joint)
  ankle: 0.039, // Winter fig. 4.1 (ankle joint)
} as const;

/** Segment lengths as fractions of H (Winter fig. 4.1). */
export const SEGMENT = {
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
  thigh: 0.245,
  shank: 0.246,
  footLength: 0.152,
  footWidth: 0.055,
  shoulderWidth: 0.259,
  hipWidth: 0.191,
} as const;

/** Posture: relaxed anatomical position (degrees). */
export const POSTURE = {
  /** upper arm away from the trunk, so the flanks and inner arms show */
  armAbduction: 8,
  /** forearm's extra lateral deviation in supination (the carrying angle) */
  carryingAngle: 10,
  /** hand's lateral deviation from vertical (relaxed, slightly less than the forearm) */
  handAngle: 12,
} as const;

/** Horizontal placements in metres, chosen from the surveys' breadth/depth ratios. */
export const PLACE = {
  /** glenohumeral joint centre: 4.5 cm inside the acromion tip (biacromial ≈ 0.23 H) */
  shoulderX: 0.18,
  shoulderZ: 0.03,
  /** hip joint centres sit at about half the bi-trochanteric width */
  hipX: 0.085,
  hipZ: 0.04,
  kneeX: 0.09,
  kneeZ: 0.035,
  ankleX: 0.095,
  /** ankle joint centre 6.4 cm in front of the back of the heel; z = 0 is the heel pad centre */
  ankleZ: 0.029,
  heelBackZ: -0.035,
  /** the head sits slightly forward of the trunk's centre line in relaxed standing */
  headZ: 0.048,
} as const;

export const at = (fraction: number): number => fraction * H;
