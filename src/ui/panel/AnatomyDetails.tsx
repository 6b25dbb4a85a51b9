/** The muscle's anatomy: origin, insertion, action and innervation (nerve and spinal roots). */
import type { Muscle, ReadingLevel } from '../../domain/types';
import { LinkedText } from '../common/LinkedText';
import { pick } from '../common/text';

const LABELS = {
  origin: { patient: 'Starts at', clinical: 'Origin' },
  insertion: { patient: 'Attaches to', clinical: 'Insertion' },
  action: { patient: 'What it does', clinical: 'Action' },
  innervation: { patient: 'Nerve supply', clinical: 'Innervation' },
} as const;

export function AnatomyDetails({ muscle, level }: { muscle: Muscle; level: ReadingLevel }) {
  const roots = muscle.innervation.roots.join(', ');
  return (
    <dl className="facts">
      <dt>{LABELS.origin[level]}</dt>
      <dd>
        <LinkedText text={pick(muscle.origin, level)} />
      </dd>
      <dt>{LABELS.insertion[level]}</dt>
      <dd>
        <LinkedText text={pick(muscle.insertion, level)} />
      </dd>
      <dt>{LABELS.action[level]}</dt>
      <dd>
        <LinkedText text={pick(muscle.action, level)} />
      </dd>
      <dt>{LABELS.innervation[level]}</dt>
      <dd>
        <LinkedText text={pick(muscle.innervation.nerve, level)} />{' '}
        <span className="facts__roots">
          ({level === 'patient' ? 'spinal nerves ' : ''}
          {roots})
        </span>
      </dd>
    </dl>
  );
}
