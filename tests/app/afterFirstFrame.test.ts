// @vitest-environment jsdom
/**
 * Start-up work deferred to the first body frame runs once: when the body is drawn, at once
 * when the 3D view says it will not draw it, and otherwise some time after the page loaded;
 * a value (the atlas) waits for the same moment.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstFrame, afterFirstFrameWith } from '../../src/app/afterFirstFrame';
import { atlasStore } from '../../src/state/store';

afterEach(() => {
  const { actions } = atlasStore.getState();
  actions.setSceneReady(false);
  actions.setSceneFailed(false);
  vi.useRealTimers();
});

describe('afterFirstFrame', () => {
  it('waits for the first body frame, then runs the task once', () => {
    const task = vi.fn();
    afterFirstFrame(task);
    expect(task).not.toHaveBeenCalled();
    atlasStore.getState().actions.setSceneReady(true);
    atlasStore.getState().actions.setSceneFailed(true);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the body is already drawn or will not be', () => {
    const task = vi.fn();
    atlasStore.getState().actions.setSceneFailed(true);
    afterFirstFrame(task);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('does not wait for ever when the 3D view never reports', () => {
    vi.useFakeTimers();
    const task = vi.fn();
    afterFirstFrame(task); // jsdom's document has loaded
    vi.runAllTimers();
    expect(task).toHaveBeenCalledTimes(1);
    atlasStore.getState().actions.setSceneReady(true);
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('afterFirstFrameWith', () => {
  it('resolves with the value, no sooner than the first body frame', async () => {
    const seen = vi.fn();
    const p = afterFirstFrameWith(Promise.resolve('atlas')).then(seen);
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).not.toHaveBeenCalled();
    atlasStore.getState().actions.setSceneReady(true);
    await p;
    expect(seen).toHaveBeenCalledWith('atlas');
  });
});
