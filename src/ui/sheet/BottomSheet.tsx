/**
 * The phone panel: a bottom sheet resting at peek, half or full height. Drag the handle (or the
 * bar around it) to resize; a tap, Enter or Space steps peek → half → full → peek, and Arrow
 * Up/Down step one size. During a drag the height is written straight to the element (no React
 * render per pointer move); the snap is decided on release by the pure settleSnap. `showing`
 * names what it shows: when that changes, the content scrolls back to the top.
 */
import { useRef, type PointerEvent, type ReactNode } from 'react';
import { isKeyboardClick } from '../common/keyboardClick';
import { cycleSnap, settleSnap, snapHeights, stepSnap, type SnapPoint } from './snap';
import { useScrollReset } from './useScrollReset';

const PEEK_PX = 136;
const TAP_SLOP_PX = 6;
const SIZE_NAMES: Record<SnapPoint, string> = {
  peek: 'small',
  half: 'half screen',
  full: 'full screen',
};

interface Props {
  snap: SnapPoint;
  onSnapChange: (snap: SnapPoint) => void;
  label: string;
  showing: string;
  children: ReactNode;
}

interface Drag {
  startY: number;
  startHeight: number;
  lastY: number;
  lastT: number;
  velocity: number;
  moved: boolean;
}

export function BottomSheet({ snap, onSnapChange, label, showing, children }: Props) {
  const sheetRef = useRef<HTMLElement>(null);
  const scroller = useScrollReset<HTMLDivElement>(showing);
  const drag = useRef<Drag | null>(null);

  const containerHeight = () => sheetRef.current?.parentElement?.clientHeight ?? window.innerHeight;

  const onPointerDown = (e: PointerEvent<HTMLElement>) => {
    if (e.button !== 0 || !sheetRef.current) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    const h = sheetRef.current.getBoundingClientRect().height;
    drag.current = {
      startY: e.clientY,
      startHeight: h,
      lastY: e.clientY,
      lastT: e.timeStamp,
      velocity: 0,
      moved: false,
    };
    sheetRef.current.dataset['dragging'] = 'true';
  };

  const onPointerMove = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    const el = sheetRef.current;
    if (!d || !el) return;
    const dy = d.startY - e.clientY;
    if (Math.abs(dy) > TAP_SLOP_PX) d.moved = true;
    const dt = Math.max(e.timeStamp - d.lastT, 1);
    d.velocity = (d.lastY - e.clientY) / dt;
    d.lastY = e.clientY;
    d.lastT = e.timeStamp;
    const heights = snapHeights(containerHeight(), PEEK_PX);
    const h = Math.min(Math.max(d.startHeight + dy, heights.peek), heights.full);
    el.style.height = `${h}px`;
  };

  const onPointerUp = (e: PointerEvent<HTMLElement>) => {
    const d = drag.current;
    const el = sheetRef.current;
    drag.current = null;
    if (!d || !el) return;
    delete el.dataset['dragging'];
    const visible = el.getBoundingClientRect().height;
    el.style.height = '';
    if (e.type === 'pointercancel') return;
    if (!d.moved) onSnapChange(cycleSnap(snap));
    else
      onSnapChange(settleSnap(visible, d.velocity, snapHeights(containerHeight(), PEEK_PX), snap));
  };

  return (
    <section ref={sheetRef} className={`bottom-sheet bottom-sheet--${snap}`} aria-label={label}>
      <div
        className="bottom-sheet__grip"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <button
          type="button"
          className="bottom-sheet__handle"
          aria-label={`Panel size: ${SIZE_NAMES[snap]}. Press to resize, or use the arrow keys.`}
          onKeyDown={(e) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault();
              onSnapChange(stepSnap(snap, e.key === 'ArrowUp' ? 1 : -1));
            }
          }}
          onClick={(e) => {
            // Pointer taps are handled by the grip; keyboard and assistive technology clicks
            // come here.
            if (isKeyboardClick(e)) onSnapChange(cycleSnap(snap));
          }}
        >
          <span className="bottom-sheet__bar" aria-hidden="true" />
        </button>
      </div>
      <div
        ref={scroller}
        className="bottom-sheet__content"
        onFocus={(e) => {
          // Typing in a field (the region filter, say) at peek height would hide what it
          // filters: raise the sheet so results show. The handle has its own focus handling.
          if (snap === 'peek' && e.target instanceof HTMLInputElement) onSnapChange('half');
        }}
      >
        {children}
      </div>
    </section>
  );
}
