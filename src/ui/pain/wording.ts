/** The pain finder's fixed wording, at both reading levels where it differs. */
import type { Wording } from '../common/text';

export const PAIN = {
  title: 'Where does it hurt?',
  how: {
    patient:
      'Tap the body where it hurts. To shade a bigger area, press and hold, then drag. Drag anywhere else to turn the body.',
    clinical:
      'Tap to mark a spot; press-and-hold then drag (or Shift-drag) to paint an area; drag elsewhere to orbit.',
  } satisfies Wording,
  empty: {
    patient:
      'No marks yet. Tap where it hurts on the body, or choose the area from the list below.',
    clinical: 'No marks yet. Mark the painful area on the body or pick regions below.',
  } satisfies Wording,
  none: {
    patient:
      'No trigger point in this atlas sends pain to the places you marked. Pain has many causes: see a doctor or physical therapist if it is severe, new, getting worse, or comes with any of the warning signs below.',
    clinical:
      'No trigger point in this atlas has a referral zone covering these marks. Consider other sources; see the red flags below.',
  } satisfies Wording,
  resultsLead: {
    patient: 'Muscles whose trigger points can send pain to where you marked, best match first:',
    clinical: 'Trigger points whose referral zones cover the marks, ranked:',
  } satisfies Wording,
  caution: 'These are possibilities to discuss with a clinician, not a diagnosis.',
} as const;

/** "1 possible source" / "5 possible sources found". */
export const sourcesFound = (n: number): string =>
  n === 0 ? 'No possible sources found' : `${n} possible ${n === 1 ? 'source' : 'sources'} found`;
