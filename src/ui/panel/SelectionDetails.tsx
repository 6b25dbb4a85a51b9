/**
 * Everything about the selected trigger point, at the current reading level: header, location,
 * where the pain spreads, symptoms, then collapsible optional sections, anatomy and sources.
 * All data text is rendered as React children (text), never as HTML.
 */
import type { Atlas, TriggerPointInstance } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { pick } from '../common/text';
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
        <p>{pick(triggerPoint.location, level)}</p>
      </section>
      <ReferralSection instance={instance} level={level} />
      <section className="panel-section" aria-labelledby="symptoms-heading">
        <h3 id="symptoms-heading" className="panel-section__title">
          {HEADINGS.symptoms[level]}
        </h3>
        <p>{pick(triggerPoint.symptoms, level)}</p>
      </section>
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
