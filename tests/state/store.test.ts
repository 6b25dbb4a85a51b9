// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { createAtlasStore, type AtlasStore } from '../../src/state/store';
import { startUrlSync } from '../../src/state/urlSync';
import { fixtureAtlas } from '../support/fixture';

let store: AtlasStore;
beforeEach(() => {
  store = createAtlasStore();
  store.getState().actions.setAtlas(fixtureAtlas());
  window.history.replaceState(null, '', '/');
});

describe('store', () => {
  it('selects known instances, asks the camera to focus, and ignores unknown keys', () => {
    const { actions } = store.getState();
    actions.select('upper-trapezius-1:left' as never);
    expect(store.getState().selection).toBe('upper-trapezius-1:left');
    expect(store.getState().camera.request).toEqual({
      kind: 'focus',
      key: 'upper-trapezius-1:left',
    });
    actions.select('nope:left' as never);
    expect(store.getState().selection).toBe('upper-trapezius-1:left');
    const seq = store.getState().camera.seq;
    actions.select(null);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().camera.seq).toBe(seq);
  });

  it('counts camera requests so repeated presets still move the camera', () => {
    const { actions } = store.getState();
    actions.showView('back');
    actions.showView('back');
    expect(store.getState().camera).toEqual({
      seq: 2,
      request: { kind: 'preset', preset: 'back' },
    });
  });
});

describe('entering the pain finder', () => {
  it('clears the selection and steps back from a focused view to the whole body', () => {
    const { actions } = store.getState();
    actions.select('upper-trapezius-1:left' as never);
    const seq = store.getState().camera.seq;
    actions.enterPainMode();
    expect(store.getState().mode).toBe('pain');
    expect(store.getState().selection).toBeNull();
    expect(store.getState().camera).toEqual({ seq: seq + 1, request: { kind: 'whole' } });
  });

  it('keeps a view the user chose', () => {
    const { actions } = store.getState();
    actions.showView('left');
    const camera = store.getState().camera;
    actions.enterPainMode();
    expect(store.getState().camera).toBe(camera);
  });
});

describe('marking pain', () => {
  it('turns to a region marked from the list, on its side of the body', () => {
    const { actions } = store.getState();
    actions.enterPainMode();
    const seq = store.getState().camera.seq;
    // The temple faces the body's right (−X) on the right side, its left (+X) on the left.
    actions.addPainMark({ kind: 'region', id: 'temple' as never, side: 'right' });
    expect(store.getState().camera).toEqual({
      seq: seq + 1,
      request: { kind: 'face', direction: [-1, 0, 0] },
    });
    actions.addPainMark({ kind: 'region', id: 'temple' as never, side: 'left' });
    expect(store.getState().camera.request).toEqual({ kind: 'face', direction: [1, 0, 0] });
    expect(store.getState().painMarks).toHaveLength(2);
  });

  it('leaves the camera alone for a spot the user tapped', () => {
    const { actions } = store.getState();
    actions.enterPainMode();
    const camera = store.getState().camera;
    actions.addPainMark({ kind: 'spot', points: [[0, 1.6, 0.1]] });
    expect(store.getState().camera).toBe(camera);
  });
});

describe('URL sync', () => {
  it('restores a selection from the link and reports unknown ids', () => {
    window.history.replaceState(null, '', '/?tp=upper-trapezius-1&side=left&level=clinical');
    const stop = startUrlSync(store);
    expect(store.getState().selection).toBe('upper-trapezius-1:left');
    expect(store.getState().level).toBe('clinical');
    stop();

    const other = createAtlasStore();
    other.getState().actions.setAtlas(fixtureAtlas());
    window.history.replaceState(null, '', '/?tp=missing-1');
    const stop2 = startUrlSync(other);
    expect(other.getState().selection).toBeNull();
    expect(other.getState().notices[0]?.message).toMatch(/not in this atlas/);
    expect(window.location.search).toBe('');
    stop2();
  });

  it('pushes a history entry per selection so Back restores the previous one', async () => {
    const stop = startUrlSync(store);
    const { actions } = store.getState();
    actions.select('upper-trapezius-1:right' as never);
    actions.select('upper-trapezius-1:left' as never);
    expect(window.location.search).toBe('?tp=upper-trapezius-1&side=left');
    actions.setLevel('clinical');
    expect(window.location.search).toBe('?tp=upper-trapezius-1&side=left&level=clinical');
    const popped = new Promise((resolve) =>
      window.addEventListener('popstate', resolve, { once: true }),
    );
    window.history.back();
    await popped;
    expect(window.location.search).toBe('?tp=upper-trapezius-1');
    expect(store.getState().selection).toBe('upper-trapezius-1:right');
    stop();
  });
});
