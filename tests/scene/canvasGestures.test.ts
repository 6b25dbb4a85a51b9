// @vitest-environment jsdom
/** Canvas gestures: hover only for a mouse with no button, tap vs orbit drag, radius by pointer kind. */
import { describe, expect, it, vi } from 'vitest';
import { listenCanvasGestures } from '../../src/scene/markers/canvasGestures';
import { MOUSE_HIT_RADIUS, TOUCH_HIT_RADIUS } from '../../src/scene/markers/picking';
import { pointer } from './sceneFixture';

function setup() {
  const el = document.createElement('div');
  el.getBoundingClientRect = () => ({ left: 100, top: 50 }) as DOMRect;
  const on = { hover: vi.fn(), press: vi.fn(), tap: vi.fn(), leave: vi.fn() };
  const stop = listenCanvasGestures(el, on);
  return { el, on, stop };
}

const hoverMove = (x: number, y: number, pointerType = 'mouse') => {
  const e = pointer('pointermove', x, y, pointerType);
  Object.defineProperty(e, 'buttons', { value: 0 });
  return e;
};

describe('canvas gestures', () => {
  it('reports a click where it was pressed, in canvas coordinates, with the mouse radius', () => {
    const { el, on } = setup();
    el.dispatchEvent(pointer('pointerdown', 140, 90));
    el.dispatchEvent(pointer('pointerup', 142, 91));
    expect(on.press).toHaveBeenCalledWith(40, 40);
    expect(on.tap).toHaveBeenCalledWith(42, 41, MOUSE_HIT_RADIUS);
  });

  it('gives a touch tap the wider radius', () => {
    const { el, on } = setup();
    el.dispatchEvent(pointer('pointerdown', 140, 90, 'touch'));
    el.dispatchEvent(pointer('pointerup', 140, 90, 'touch'));
    expect(on.tap).toHaveBeenCalledWith(40, 40, TOUCH_HIT_RADIUS);
  });

  it('takes a press that moved away as an orbit drag, not a tap', () => {
    const { el, on } = setup();
    el.dispatchEvent(pointer('pointerdown', 140, 90));
    el.dispatchEvent(pointer('pointerup', 180, 90));
    expect(on.tap).not.toHaveBeenCalled();
  });

  it('hovers only for a mouse with no button held, and reports leaving', () => {
    const { el, on } = setup();
    el.dispatchEvent(hoverMove(120, 60));
    el.dispatchEvent(hoverMove(120, 60, 'touch'));
    el.dispatchEvent(pointer('pointermove', 130, 60));
    expect(on.hover).toHaveBeenCalledTimes(1);
    expect(on.hover).toHaveBeenCalledWith(20, 10);
    el.dispatchEvent(pointer('pointerleave', 0, 0));
    expect(on.leave).toHaveBeenCalledTimes(1);
  });

  it('stops listening when asked', () => {
    const { el, on, stop } = setup();
    stop();
    el.dispatchEvent(pointer('pointerdown', 140, 90));
    el.dispatchEvent(pointer('pointerup', 140, 90));
    expect(on.press).not.toHaveBeenCalled();
    expect(on.tap).not.toHaveBeenCalled();
  });
});
