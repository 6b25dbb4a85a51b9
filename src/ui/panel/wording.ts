/** Panel headings at both reading levels. */
import type { Wording } from '../common/text';

export const HEADINGS = {
  location: { patient: 'Where it is', clinical: 'Location' },
  referral: { patient: 'Where the pain spreads', clinical: 'Referred pain pattern' },
  essential: { patient: 'Essential zone', clinical: 'Essential zone' },
  spillover: { patient: 'Spillover zone', clinical: 'Spillover zone' },
  symptoms: { patient: 'What you may notice', clinical: 'Symptoms' },
  causes: {
    patient: 'What causes it and keeps it going',
    clinical: 'Causes and perpetuating factors',
  },
  mimics: { patient: 'Conditions it can be mistaken for', clinical: 'Conditions it can mimic' },
  selfCare: { patient: 'Self-care', clinical: 'Self-care' },
  exercises: { patient: 'Exercises', clinical: 'Exercises' },
  needling: { patient: 'Dry needling — what it feels like', clinical: 'Dry needling' },
  precautions: { patient: 'Precautions', clinical: 'Precautions' },
  anatomy: { patient: 'About the muscle', clinical: 'Anatomy' },
  sources: { patient: 'Sources', clinical: 'Sources' },
} as const satisfies Record<string, Wording>;

/** The safety note shown with every self-care and exercise section. */
export const SELF_CARE_SAFETY: Wording = {
  patient:
    'Go gently: mild discomfort is fine, sharp or worsening pain is not. Stop and ask a clinician if pain increases, spreads, or comes with numbness or weakness.',
  clinical:
    'Keep pressure and stretch within tolerance. Stop and reassess if pain escalates, spreads, or neurological signs appear.',
};
