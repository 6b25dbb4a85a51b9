/**
 * The collapsible sections for the trigger point's optional texts, in the order a reader needs
 * them: why it happens, what else it looks like, what to do, what a clinician may do, cautions.
 * A section appears only when the data has that text.
 */
import type { TriggerPoint } from '../../domain/types';
import type { ReadingLevel, Text } from '../../domain/types';
import { LinkedText } from '../common/LinkedText';
import { pick } from '../common/text';
import { MoreSection } from './MoreSection';
import { HEADINGS, SELF_CARE_SAFETY } from './wording';

type OptionalField = 'causes' | 'mimics' | 'selfCare' | 'exercises' | 'needling' | 'precautions';
const FIELDS: readonly OptionalField[] = [
  'causes',
  'mimics',
  'selfCare',
  'exercises',
  'needling',
  'precautions',
];
/** Sections that describe something the reader does themselves carry the safety note. */
const WITH_SAFETY: ReadonlySet<OptionalField> = new Set(['selfCare', 'exercises']);

interface Props {
  triggerPoint: TriggerPoint;
  level: ReadingLevel;
}

export function OptionalSections({ triggerPoint, level }: Props) {
  const present = FIELDS.flatMap((field) => {
    const text: Text | undefined = triggerPoint[field];
    return text ? [{ field, text }] : [];
  });
  return (
    <>
      {present.map(({ field, text }) => (
        <MoreSection key={field} title={HEADINGS[field][level]}>
          <p>
            <LinkedText text={pick(text, level)} />
          </p>
          {WITH_SAFETY.has(field) ? <p className="safety-note">{SELF_CARE_SAFETY[level]}</p> : null}
        </MoreSection>
      ))}
    </>
  );
}
