/**
 * A ResizeObserver for the Canvas's size measurement (react-use-measure, inside React Three
 * Fiber's <Canvas>) that also reports once as soon as an element is observed. A plain observer
 * first reports in the browser's next rendering step, and the Canvas creates its WebGL context
 * only once it knows its size, so the context (hundreds of milliseconds with software
 * rendering) waited for a frame the page did not need. The measurement reads the element's
 * box itself; later size changes come from the real observer as before.
 */
export class MeasureAtOnce implements ResizeObserver {
  private readonly observer: ResizeObserver;
  private connected = true;

  constructor(private readonly callback: ResizeObserverCallback) {
    this.observer = new ResizeObserver(callback);
  }

  observe(target: Element, options?: ResizeObserverOptions): void {
    this.connected = true;
    this.observer.observe(target, options);
    queueMicrotask(() => {
      if (this.connected) this.callback([], this);
    });
  }

  unobserve(target: Element): void {
    this.observer.unobserve(target);
  }

  disconnect(): void {
    this.connected = false;
    this.observer.disconnect();
  }
}
