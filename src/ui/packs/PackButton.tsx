/**
 * The header's way into data packs. Shows the active pack's name on wide screens (a small dot
 * on phones), or a warning mark when the stored pack could not be used, so the state of the
 * atlas is always visible without taking room from the body.
 */
import { openPacks, usePackStore } from '../../state/packs';
import { Icon } from '../common/Icon';

export function PackButton() {
  const active = usePackStore((s) => s.active);
  const problem = usePackStore((s) => s.storedIssues !== null);
  const open = usePackStore((s) => s.dialogOpen);
  const label = problem
    ? 'Data packs: the stored pack could not be loaded'
    : active
      ? `Data packs: “${active.name}” is active`
      : 'Data packs';
  const state = problem ? ' is-problem' : active ? ' is-active' : '';
  return (
    <button
      type="button"
      className={`btn btn--ghost app-header__pack${state}`}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-label={label}
      title={label}
      onClick={openPacks}
    >
      <Icon name={problem ? 'alert' : 'pack'} />
      {active && !problem ? <span className="app-header__pack-name">{active.name}</span> : null}
    </button>
  );
}
