/**
 * "From data pack …" under a selected trigger point whose muscle the active pack added or
 * replaced, so nobody takes a clinic's content for the atlas's own (on every screen size, where
 * the header has no room for the pack's name).
 */
import { usePackStore } from '../../state/packs';
import { Icon } from '../common/Icon';

export function PackOrigin({ muscleId }: { muscleId: string }) {
  const name = usePackStore((s) => (s.active?.muscleIds.includes(muscleId) ? s.active.name : null));
  if (name === null) return null;
  return (
    <p className="pack-origin">
      <Icon name="pack" />
      <span>
        From data pack <strong className="pack-line__name">{name}</strong>
      </span>
    </p>
  );
}
