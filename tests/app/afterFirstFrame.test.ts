// @vitest-environment jsdom
/**
 * Start-up work deferred to the first body frame runs once: when the body is drawn, at once
 * when the 3D view says it will not draw it, and otherwise some time after the page loaded;
 * a value (the atlas) waits for the same moment.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstFrame, startAfterFirstFrame } from '../../src/app/afterFirstFrame';
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

describe('startAfterFirstFrame', () => {
  it('starts the work only once the body has been drawn, and resolves with its value', async () => {
    const work = vi.fn(() => Promise.resolve('atlas'));
    const p = startAfterFirstFrame(work);
    await Promise.resolve();
    await Promise.resolve();
    expect(work).not.toHaveBeenCalled();
    atlasStore.getState().actions.setSceneReady(true);
    await expect(p).resolves.toBe('atlas');
    expect(work).toHaveBeenCalledTimes(1);
  });
});
