/**
 * What a press on the body means in the pain finder, decided from pointer positions and times
 * only (no DOM, no three.js), so the rule is unit-tested:
 *
 *   tap (press and release without moving)       → a spot mark where it was pressed
 *   press and hold still for HOLD_MS, then drag  → paint an area (the camera stays put)
 *   Shift/Ctrl/Alt + drag with a mouse           → paint at once
 *   drag without holding first, or two fingers   → orbit / pinch as usual (no mark)
 *
 * A patient on a phone taps to mark and drags to turn the body, as everywhere else; shading an
 * area is the one extra gesture ("press and hold, then drag"), explained on screen.
 */

/** Movement (CSS px) that turns a press into a drag. Touch is less precise than a mouse. */
export const TAP_SLOP = { mouse: 5, touch: 10 } as const;
/** How long a still press takes to become a paint stroke (ms). */
export const HOLD_MS = 380;

export type GesturePhase = 'idle' | 'pressing' | 'painting' | 'orbiting';

/** What the caller should do after feeding an event. */
export type GestureAction =
  | 'none'
  /** Start painting: disable orbiting, record the press point. */
  | 'start-paint'
  /** Add the current point to the stroke. */
  | 'paint'
  /** Release: add a spot mark at the press point. */
  | 'tap'
  /** Release: finish the stroke and add it as one mark. */
  | 'end-paint'
  /** Gesture abandoned (second finger, cancel): drop any stroke. */
  | 'cancel';

export class PaintGesture {
  phase: GesturePhase = 'idle';
  private id = -1;
  private x = 0;
  private y = 0;
  private t = 0;
  private slop: number = TAP_SLOP.mouse;

  /** A pointer went down on the body. `paintNow`: a modifier key asks for painting at once. */
  down(
    id: number,
    x: number,
    y: number,
    t: number,
    touch: boolean,
    paintNow = false,
  ): GestureAction {
    if (this.phase !== 'idle') {
      // A second finger: this is a pinch, never a mark.
      const was = this.phase;
      this.phase = 'orbiting';
      return was === 'painting' ? 'cancel' : 'none';
    }
    this.id = id;
    this.x = x;
    this.y = y;
    this.t = t;
    this.slop = touch ? TAP_SLOP.touch : TAP_SLOP.mouse;
    this.phase = paintNow ? 'painting' : 'pressing';
    return paintNow ? 'start-paint' : 'none';
  }

  /** Time passed with the pointer down (call from a timer); may start painting. */
  tick(t: number): GestureAction {
    if (this.phase === 'pressing' && t - this.t >= HOLD_MS) {
      this.phase = 'painting';
      return 'start-paint';
    }
    return 'none';
  }

  move(id: number, x: number, y: number): GestureAction {
    if (id !== this.id) return 'none';
    if (this.phase === 'painting') return 'paint';
    if (this.phase === 'pressing' && Math.hypot(x - this.x, y - this.y) > this.slop)
      this.phase = 'orbiting';
    return 'none';
  }

  up(id: number): GestureAction {
    if (id !== this.id && this.phase !== 'orbiting') return 'none';
    const was = this.phase;
    if (id === this.id || was === 'orbiting') this.reset();
    if (was === 'pressing') return 'tap';
    if (was === 'painting') return 'end-paint';
    return 'none';
  }

  cancel(): GestureAction {
    const was = this.phase;
    this.reset();
    return was === 'painting' ? 'cancel' : 'none';
  }

  /** The press point (CSS px, canvas-relative). */
  get start(): { readonly x: number; readonly y: number } {
    return { x: this.x, y: this.y };
  }

  private reset(): void {
    this.phase = 'idle';
    this.id = -1;
  }
}
