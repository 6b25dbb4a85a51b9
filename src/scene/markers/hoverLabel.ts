/**
 * The hover label: a small DOM tooltip over the canvas naming the marker under the mouse.
 * Updated imperatively (text once per hover change, position when the camera moves), so
 * hovering never re-renders React. The element is owned by Viewer.tsx.
 */

/** Gap between the marker's centre and the label's bottom edge (CSS px). */
const OFFSET_Y = 20;

export class HoverLabel {
  private lastX = NaN;
  private lastY = NaN;

  constructor(private readonly el: HTMLElement | null) {}

  show(text: string, x: number, y: number): void {
    if (!this.el) return;
    this.el.textContent = text;
    this.el.hidden = false;
    this.move(x, y);
  }

  /** Move to a marker at (x, y) in canvas CSS px; skipped when it moved less than half a pixel. */
  move(x: number, y: number): void {
    if (!this.el || this.el.hidden) return;
    if (Math.abs(x - this.lastX) < 0.5 && Math.abs(y - this.lastY) < 0.5) return;
    this.lastX = x;
    this.lastY = y;
    const parent = this.el.parentElement;
    const w = parent?.clientWidth ?? 0;
    // Keep the label's centre far enough from the edges that it stays readable on a phone.
    const half = Math.min(this.el.offsetWidth / 2, w / 2);
    const cx = w > 0 ? Math.min(Math.max(x, half + 4), w - half - 4) : x;
    this.el.style.transform = `translate(${cx.toFixed(1)}px, ${(y - OFFSET_Y).toFixed(1)}px) translate(-50%, -100%)`;
  }

  hide(): void {
    if (!this.el) return;
    this.el.hidden = true;
    this.lastX = NaN;
    this.lastY = NaN;
  }
}
