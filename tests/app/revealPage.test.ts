// @vitest-environment jsdom
/**
 * The page held back for the first body frame is shown with that frame, when the 3D view
 * says it will not draw, or at the deadline — and never stays hidden.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { revealAfterFirstFrame } from '../../src/app/revealPage';
import { atlasStore } from '../../src/state/store';

function bootingRoot(): HTMLElement {
  const root = document.createElement('html');
  root.className = 'booting';
  return root;
}

afterEach(() => {
  const { actions } = atlasStore.getState();
  actions.setSceneReady(false);
  actions.setSceneFailed(false);
  vi.useRealTimers();
});

describe('revealAfterFirstFrame', () => {
  it('keeps the page hidden until the first body frame', () => {
    vi.useFakeTimers();
    const root = bootingRoot();
    revealAfterFirstFrame(root, 60_000);
    expect(root.classList.contains('booting')).toBe(true);
    atlasStore.getState().actions.setSceneReady(true);
    expect(root.classList.contains('booting')).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('shows the page at once when the 3D view will not draw', () => {
    const root = bootingRoot();
    revealAfterFirstFrame(root, 60_000);
    atlasStore.getState().actions.setSceneFailed(true);
    expect(root.classList.contains('booting')).toBe(false);
  });

  it('shows the page at the deadline when the body is slow', () => {
    vi.useFakeTimers();
    const root = bootingRoot();
    revealAfterFirstFrame(root, performance.now() + 1000);
    vi.advanceTimersByTime(999);
    expect(root.classList.contains('booting')).toBe(true);
    vi.advanceTimersByTime(1);
    expect(root.classList.contains('booting')).toBe(false);
  });

  it('leaves a page that is not booting alone', () => {
    vi.useFakeTimers();
    const root = document.createElement('html');
    revealAfterFirstFrame(root);
    expect(vi.getTimerCount()).toBe(0);
  });
});
