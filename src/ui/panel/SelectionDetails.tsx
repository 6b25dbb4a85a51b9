/**
 * Everything about the selected trigger point, at the current reading level: header, location,
 * where the pain spreads, symptoms, links to the general articles, then collapsible optional
 * sections, anatomy and sources. All data text is rendered as React children (text), never as
 * HTML; explanatory text goes through LinkedText so glossary terms open their definitions.
 */
import type { Atlas, TriggerPointInstance } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { LinkedText } from '../common/LinkedText';
import { pick } from '../common/text';
import { LearnLinks } from '../learn/LearnLinks';
import { AnatomyDetails } from './AnatomyDetails';
import { MoreSection } from './MoreSection';
import { OptionalSections } from './OptionalSections';
import { ReferralSection } from './ReferralSection';
import { SelectionHeader } from './SelectionHeader';
import { SourceList } from './SourceList';
import { HEADINGS } from './wording';

interface Props {
  instance: TriggerPointInstance;
  atlas: Atlas;
  level: ReadingLevel;
}

export function SelectionDetails({ instance, atlas, level }: Props) {
  const { triggerPoint, muscle } = instance;
  return (
    <article className="selection" aria-labelledby="panel-title">
      <SelectionHeader instance={instance} level={level} />
      <section className="panel-section" aria-labelledby="location-heading">
        <h3 id="location-heading" className="panel-section__title">
          {HEADINGS.location[level]}
        </h3>
        <p>
          <LinkedText text={pick(triggerPoint.location, level)} />
        </p>
      </section>
      <ReferralSection instance={instance} level={level} />
      <section className="panel-section" aria-labelledby="symptoms-heading">
        <h3 id="symptoms-heading" className="panel-section__title">
          {HEADINGS.symptoms[level]}
        </h3>
        <p>
          <LinkedText text={pick(triggerPoint.symptoms, level)} />
        </p>
      </section>
      <LearnLinks atlas={atlas} level={level} />
      <div className="more-list">
        <OptionalSections triggerPoint={triggerPoint} level={level} />
        <MoreSection title={HEADINGS.anatomy[level]}>
          <AnatomyDetails muscle={muscle} level={level} />
        </MoreSection>
        <MoreSection title={HEADINGS.sources[level]}>
          <SourceList instance={instance} sourceById={atlas.sourceById} />
        </MoreSection>
      </div>
    </article>
  );
}
