// @vitest-environment jsdom
/**
 * The 3D chunk, loaded without Suspense: the stage says it is loading until the chunk arrives
 * and the body is drawn (the model may still be downloading once the code is there), then shows
 * the viewer alone; a chunk that cannot be loaded shows the viewer's crash box, and the
 * rest of the page is untouched.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { atlasStore } from '../../src/state/store';

afterEach(() => {
  cleanup();
  vi.doUnmock('../../src/scene/Viewer');
  vi.resetModules();
  atlasStore.getState().actions.setSceneReady(false);
});

describe('viewer boundary', () => {
  it('shows the loading message, then the viewer', async () => {
    vi.doMock('../../src/scene/Viewer', () => ({ Viewer: () => <p>the 3D body</p> }));
    const { ViewerBoundary } = await import('../../src/app/ViewerBoundary');
    render(<ViewerBoundary />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the 3D body');
    expect(await screen.findByText('the 3D body')).toBeInTheDocument();
    // The model is still on its way: the message stays until the body is drawn.
    expect(screen.getByRole('status')).toHaveTextContent('Loading the 3D body');
    act(() => atlasStore.getState().actions.setSceneReady(true));
    expect(screen.queryByRole('status')).toBeNull();
    // A later lost context (sceneReady false again) has a notice of its own.
    act(() => atlasStore.getState().actions.setSceneReady(false));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows the crash box when the chunk cannot be loaded', async () => {
    vi.doMock('../../src/scene/Viewer', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { ViewerBoundary } = await import('../../src/app/ViewerBoundary');
    render(<ViewerBoundary />);
    expect(await screen.findByText('The 3D view stopped working')).toBeInTheDocument();
    errors.mockRestore();
  });
});
