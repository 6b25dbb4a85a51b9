/**
 * The info panel's content: the selected trigger point (looked up with atlas.instanceByKey) or,
 * with nothing selected, the welcome. The disclaimer, with links to the warning-signs and
 * educational-use articles, is its footer. Layout (side sheet or bottom
 * sheet) is the container's job, so the same content serves both.
 */
import { useAtlasStore } from '../../state/store';
import { Disclaimer } from '../about/Disclaimer';
import { useAnnounce } from '../common/announcer';
import { useShownSelection } from '../common/useShownSelection';
import { sideLabel, pick } from '../common/text';
import { SafetyLinks } from '../learn/SafetyLinks';
import { SelectionDetails } from './SelectionDetails';
import { Welcome } from './Welcome';

export function InfoPanel({ onBrowse }: { onBrowse: (byKey: boolean) => void }) {
  const atlas = useAtlasStore((s) => s.atlas);
  const selection = useShownSelection();
  const level = useAtlasStore((s) => s.level);
  const instance = selection && atlas ? atlas.instanceByKey.get(selection) : undefined;
  // Screen readers hear what was selected, wherever the selection came from.
  useAnnounce(
    instance
      ? `Showing ${instance.muscle.names.common}, ${pick(instance.triggerPoint.name, level)}, ${sideLabel(instance.side).toLowerCase()}.`
      : '',
  );
  return (
    <div className="info-panel">
      {instance && atlas ? (
        <SelectionDetails
          key={instance.triggerPoint.id}
          instance={instance}
          atlas={atlas}
          level={level}
        />
      ) : (
        <Welcome atlas={atlas} level={level} onBrowse={onBrowse} />
      )}
      <footer className="info-panel__footer">
        <Disclaimer />
        <SafetyLinks atlas={atlas} level={level} />
      </footer>
    </div>
  );
}
