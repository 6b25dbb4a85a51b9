/**
 * The Canvas's size observer reports once as soon as an element is observed (so the WebGL
 * context does not wait for a rendering frame), then leaves later changes to ResizeObserver.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MeasureAtOnce } from '../../src/scene/measureAtOnce';

class FakeObserver {
  static observed: unknown[] = [];
  constructor(readonly callback: ResizeObserverCallback) {}
  observe(target: unknown) {
    FakeObserver.observed.push(target);
  }
  unobserve() {}
  disconnect() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeObserver.observed = [];
});

describe('MeasureAtOnce', () => {
  it('reports once right after observe, and observes for later changes', async () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const callback = vi.fn();
    const target = {} as Element;
    new MeasureAtOnce(callback).observe(target);
    expect(callback).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(callback).toHaveBeenCalledTimes(1);
    expect(FakeObserver.observed).toEqual([target]);
  });

  it('does not report after it was disconnected', async () => {
    vi.stubGlobal('ResizeObserver', FakeObserver);
    const callback = vi.fn();
    const observer = new MeasureAtOnce(callback);
    observer.observe({} as Element);
    observer.disconnect();
    await Promise.resolve();
    expect(callback).not.toHaveBeenCalled();
  });
});
