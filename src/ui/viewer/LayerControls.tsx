/**
 * The Layers control over the canvas: Skin, Muscles and Bones switches (buttons with
 * aria-pressed) and a skin-opacity slider with a visible label and value. Open by default on
 * wide screens, collapsed behind its "Layers" button on phones. Muscles and Bones are disabled,
 * with a line saying why, when the body model does not have them; with a selection hidden under
 * an opaque skin, a hint offers to fade the skin (the user's settings never change by themselves).
 */
import { useId, useState } from 'react';
import { useActions, useAtlasStore, type Layers } from '../../state/store';
import { layerHint } from './layerHint';
import { useModelParts } from './useModelParts';

/** Opacity the hint's button fades the skin to: muscles clear, the outline of the body kept. */
const FADED = 0.4;

type LayerName = 'skin' | 'muscles' | 'bones';

function LayersIcon() {
  return (
    <svg
      className="icon"
      viewBox="0 0 24 24"
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinejoin="round"
    >
      <path d="M12 4l9 5-9 5-9-5 9-5z" />
      <path d="M3 14l9 5 9-5" />
    </svg>
  );
}

interface SwitchProps {
  readonly label: string;
  readonly pressed: boolean;
  readonly disabled?: boolean;
  readonly onToggle: () => void;
}

function LayerSwitch({ label, pressed, disabled = false, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      className="layers__switch"
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onToggle}
    >
      <span className="layers__track" aria-hidden="true">
        <span className="layers__thumb" />
      </span>
      {label}
    </button>
  );
}

export function LayerControls() {
  const layers: Layers = useAtlasStore((s) => s.layers);
  const selected = useAtlasStore((s) => s.selection !== null);
  const { setLayer, setSkinOpacity } = useActions();
  const parts = useModelParts();
  const [openChoice, setOpen] = useState<boolean | null>(null);
  // Closed until asked for: open, it would cover the middle of the body.
  const open = openChoice ?? false;
  const panelId = useId();
  const sliderId = useId();
  const hint = layerHint(layers, parts, selected);
  const percent = Math.round(layers.skinOpacity * 100);
  const toggle = (layer: LayerName) => () => setLayer(layer, !layers[layer]);
  const noMuscles = parts?.muscles === 0;

  return (
    <section className={open ? 'layers layers--open' : 'layers'} aria-label="Layers">
      <button
        type="button"
        className="layers__open"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <LayersIcon />
        <span className="layers__open-label">Layers</span>
      </button>
      <div id={panelId} className="layers__panel" hidden={!open}>
        <div className="layers__switches" role="group" aria-label="Show">
          <LayerSwitch label="Skin" pressed={layers.skin} onToggle={toggle('skin')} />
          <LayerSwitch
            label="Muscles"
            pressed={layers.muscles && !noMuscles}
            disabled={noMuscles}
            onToggle={toggle('muscles')}
          />
          <LayerSwitch
            label="Bones"
            pressed={layers.bones && parts?.bones !== false}
            disabled={parts?.bones === false}
            onToggle={toggle('bones')}
          />
        </div>
        <div className="layers__opacity">
          <label htmlFor={sliderId} className="layers__opacity-label">
            Skin opacity
            {/* The slider announces its own value (aria-valuetext): this is for the eye. */}
            <span className="layers__value" aria-hidden="true">
              {percent}%
            </span>
          </label>
          <input
            id={sliderId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={percent}
            disabled={!layers.skin}
            aria-valuetext={`${percent}%`}
            onChange={(e) => setSkinOpacity(Number(e.currentTarget.value) / 100)}
          />
        </div>
        {hint && (
          <p className="layers__hint" role="status">
            {hint.text}
            {hint.action === 'fade-skin' && (
              <button
                type="button"
                className="layers__hint-action"
                onClick={() => setSkinOpacity(FADED)}
              >
                Fade skin
              </button>
            )}
            {hint.action === 'show-muscles' && (
              <button
                type="button"
                className="layers__hint-action"
                onClick={() => setLayer('muscles', true)}
              >
                Show muscles
              </button>
            )}
          </p>
        )}
      </div>
    </section>
  );
}
