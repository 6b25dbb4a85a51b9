/**
 * The top of the panel for a selection: body region, muscle name (with the Latin name at the
 * clinical level), the trigger point's name, the data pack it comes from (if any), the side
 * switch and the close button.
 */
import type { TriggerPointInstance } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { GROUP_LABELS } from '../browse/groups';
import { Icon } from '../common/Icon';
import { CloseButton } from '../common/CloseButton';
import { pick } from '../common/text';
import { PackOrigin } from '../packs/PackOrigin';
import { SideToggle } from './SideToggle';

interface Props {
  instance: TriggerPointInstance;
  level: ReadingLevel;
}

export function SelectionHeader({ instance, level }: Props) {
  const { select } = useActions();
  const { muscle, triggerPoint } = instance;
  return (
    <header className="selection-head">
      <div className="selection-head__top">
        <p className="selection-head__eyebrow">{GROUP_LABELS[muscle.group]}</p>
        <CloseButton
          label="Close and clear the selection"
          title="Close"
          className="selection-head__close"
          onClick={() => select(null)}
        />
      </div>
      <h2 className="selection-head__muscle" id="panel-title" tabIndex={-1}>
        {muscle.names.common}
      </h2>
      {level === 'clinical' ? <p className="selection-head__latin">{muscle.names.latin}</p> : null}
      <p className="selection-head__tp">
        <Icon name="marker" className="selection-head__tp-icon" />
        <span>{pick(triggerPoint.name, level)}</span>
      </p>
      <PackOrigin muscleId={muscle.id} />
      <SideToggle instance={instance} />
    </header>
  );
}
