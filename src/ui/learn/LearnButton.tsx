/** The header's "Learn" button: opens the Learn view at its index. */
import { useActions, useAtlasStore } from '../../state/store';
import { Icon } from '../common/Icon';

export function LearnButton() {
  const { openLearn } = useActions();
  const open = useAtlasStore((s) => s.learn !== null);
  return (
    <button
      type="button"
      className="btn btn--ghost app-header__learn"
      aria-haspopup="dialog"
      aria-expanded={open}
      title="Articles and glossary"
      onClick={() => openLearn({ kind: 'index' })}
    >
      <Icon name="book" />
      <span className="app-header__learn-label">Learn</span>
    </button>
  );
}
