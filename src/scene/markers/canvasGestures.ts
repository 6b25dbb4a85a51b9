/**
 * The canvas gestures the markers and the muscles both answer: hovering with the mouse, a tap
 * or click (a press released without dragging; a drag is the camera's orbit), and the pointer
 * leaving. One listener set per caller, on the canvas element; coordinates are CSS px from the
 * canvas's top-left corner, and a tap carries the hit radius for its kind of pointer.
 */
import { MOUSE_HIT_RADIUS, TOUCH_HIT_RADIUS, isClick } from './picking';

export interface CanvasGestures {
  /** The mouse moved with no button held. */
  hover(x: number, y: number): void;
  /** A press began (any hover ends with it). */
  press(x: number, y: number): void;
  /** A press was released where it began: a click or a tap. */
  tap(x: number, y: number, radius: number): void;
  /** The pointer left the canvas or was cancelled. */
  leave(): void;
}

/** Listen on `el`; returns the function that stops listening. */
export function listenCanvasGestures(el: HTMLElement, on: CanvasGestures): () => void {
  let press: { id: number; x: number; y: number } | null = null;
  const local = (e: PointerEvent): [number, number] => {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const onDown = (e: PointerEvent) => {
    const [x, y] = local(e);
    press = { id: e.pointerId, x, y };
    on.press(x, y);
  };
  const onUp = (e: PointerEvent) => {
    const start = press;
    press = null;
    if (!start || start.id !== e.pointerId) return;
    const [x, y] = local(e);
    if (!isClick(start.x, start.y, x, y)) return;
    on.tap(x, y, e.pointerType === 'mouse' ? MOUSE_HIT_RADIUS : TOUCH_HIT_RADIUS);
  };
  const onMove = (e: PointerEvent) => {
    if (e.pointerType !== 'mouse' || e.buttons !== 0) return;
    const [x, y] = local(e);
    on.hover(x, y);
  };
  const onLeave = () => on.leave();
  el.addEventListener('pointerdown', onDown);
  el.addEventListener('pointerup', onUp);
  el.addEventListener('pointermove', onMove);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('pointercancel', onLeave);
  return () => {
    el.removeEventListener('pointerdown', onDown);
    el.removeEventListener('pointerup', onUp);
    el.removeEventListener('pointermove', onMove);
    el.removeEventListener('pointerleave', onLeave);
    el.removeEventListener('pointercancel', onLeave);
  };
}
