/** "Where the pain spreads": the referral description and the named regions of both zones. */
import type { TriggerPointInstance } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { LinkedText } from '../common/LinkedText';
import { pick } from '../common/text';
import { HEADINGS } from './wording';
import { ZoneRegions } from './ZoneRegions';

interface Props {
  instance: TriggerPointInstance;
  level: ReadingLevel;
}

export function ReferralSection({ instance, level }: Props) {
  return (
    <section className="panel-section panel-section--referral" aria-labelledby="referral-heading">
      <h3 id="referral-heading" className="panel-section__title">
        {HEADINGS.referral[level]}
      </h3>
      <p>
        <LinkedText text={pick(instance.triggerPoint.referral.description, level)} />
      </p>
      <div className="zones">
        <ZoneRegions
          kind="essential"
          label={HEADINGS.essential[level]}
          zone={instance.essential}
          level={level}
        />
        <ZoneRegions
          kind="spillover"
          label={HEADINGS.spillover[level]}
          zone={instance.spillover}
          level={level}
        />
      </div>
    </section>
  );
}
