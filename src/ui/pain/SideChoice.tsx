/** Right / left choice for marks picked from the region list (two toggle buttons, right first). */
import type { Side } from '../../domain/ids';

interface Props {
  side: Side;
  onChange: (side: Side) => void;
}

export function SideChoice({ side, onChange }: Props) {
  return (
    <div className="pain-side" role="group" aria-label="Which side of the body">
      <span className="pain-side__label" aria-hidden="true">
        Side:
      </span>
      {(['right', 'left'] as const).map((s) => (
        <button
          key={s}
          type="button"
          className={`btn pain-side__button${side === s ? ' is-active' : ''}`}
          aria-pressed={side === s}
          onClick={() => onChange(s)}
        >
          {s === 'right' ? 'Right' : 'Left'}
        </button>
      ))}
    </div>
  );
}
