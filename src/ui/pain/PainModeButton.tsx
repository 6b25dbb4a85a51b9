/**
 * The header's "Where does it hurt?" switch between the explorer and the pain finder. A toggle
 * (aria-pressed): pressed while the pain finder is open. On phones the label shortens to
 * "Where it hurts" (CSS), never to an icon alone: a patient must recognise it at once.
 */
import { useActions, useAtlasStore } from '../../state/store';
import { Icon } from '../common/Icon';

export function PainModeButton() {
  const { setMode, enterPainMode } = useActions();
  const pain = useAtlasStore((s) => s.mode === 'pain');
  return (
    <button
      type="button"
      className={`btn app-header__pain${pain ? ' is-active' : ''}`}
      aria-pressed={pain}
      title={pain ? 'Back to the explorer' : 'Find where your pain may come from'}
      onClick={() => (pain ? setMode('explore') : enterPainMode())}
    >
      <Icon name="pain" />
      <span className="app-header__pain-long">Where does it hurt?</span>
      <span className="app-header__pain-short">Where it hurts</span>
    </button>
  );
}
