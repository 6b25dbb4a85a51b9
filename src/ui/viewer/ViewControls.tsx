/**
 * Camera presets over the canvas: Front, Back, Left, Right and Reset. "Left" shows the body's
 * left side, "Right" its right side. The active preset is shown pressed; orbiting away clears
 * it (the scene calls clearView).
 */
import type { ViewPreset } from '../../state/url';
import { useActions, useAtlasStore } from '../../state/store';
import { Icon, type IconName } from '../common/Icon';

const PRESETS: readonly { preset: ViewPreset; label: string; title: string }[] = [
  { preset: 'front', label: 'Front', title: 'Show the front of the body' },
  { preset: 'back', label: 'Back', title: 'Show the back of the body' },
  { preset: 'left', label: 'Left', title: "Show the body's left side" },
  { preset: 'right', label: 'Right', title: "Show the body's right side" },
];

export function ViewControls() {
  const view = useAtlasStore((s) => s.view);
  const { showView, resetView } = useActions();
  return (
    <div className="view-controls" role="toolbar" aria-label="Camera views">
      <div className="view-controls__group">
        {PRESETS.map((p) => (
          <button
            key={p.preset}
            type="button"
            className="view-controls__btn"
            aria-pressed={view === p.preset}
            aria-label={p.title}
            title={p.title}
            onClick={() => showView(p.preset)}
          >
            <Icon name={p.preset as IconName} />
            <span className="view-controls__label" aria-hidden="true">
              {p.label}
            </span>
          </button>
        ))}
      </div>
      <button
        type="button"
        className="view-controls__btn view-controls__reset"
        aria-label="Reset the view"
        title="Reset the view"
        onClick={resetView}
      >
        <Icon name="reset" />
        <span className="view-controls__label" aria-hidden="true">
          Reset
        </span>
      </button>
    </div>
  );
}
