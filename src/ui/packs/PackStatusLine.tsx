/**
 * The data pack in the welcome panel, where it is seen on every screen size: the active pack's
 * name and counts with a way to manage it, a warning when the stored pack could not be used, or
 * a quiet way in to importing one.
 */
import { describeSummary } from '../../domain/packSummary';
import { openPacks, usePackStore } from '../../state/packs';
import { Icon } from '../common/Icon';

export function PackStatusLine() {
  const active = usePackStore((s) => s.active);
  const problem = usePackStore((s) => s.storedIssues !== null);
  if (problem)
    return (
      <p className="pack-line pack-line--problem">
        <Icon name="alert" />
        <span>The stored data pack could not be loaded.</span>
        <button type="button" className="btn btn--ghost pack-line__action" onClick={openPacks}>
          See why
        </button>
      </p>
    );
  if (active)
    return (
      <p className="pack-line">
        <Icon name="pack" />
        <span>
          Data pack <strong className="pack-line__name">{active.name}</strong>:{' '}
          {describeSummary(active.summary)}
        </span>
        <button type="button" className="btn btn--ghost pack-line__action" onClick={openPacks}>
          Manage
        </button>
      </p>
    );
  return (
    <p className="pack-line">
      <button type="button" className="btn btn--ghost pack-line__action" onClick={openPacks}>
        <Icon name="pack" />
        Add a clinic’s data pack
      </button>
    </p>
  );
}
