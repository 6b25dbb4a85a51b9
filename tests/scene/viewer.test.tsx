// @vitest-environment jsdom
/**
 * The Viewer's fallbacks, in plain jsdom (no WebGL): without WebGL it says so instead of
 * drawing, and a failed model load names the file and the problem.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { Viewer } from '../../src/scene/Viewer';
import { LoadErrorMessage } from '../../src/scene/ViewerMessages';
import { SceneErrorBoundary } from '../../src/scene/SceneErrorBoundary';
import { createRenderer, hasWebGL, WebGLUnavailableError } from '../../src/scene/webgl';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Viewer fallbacks', () => {
  it('shows a status message instead of a canvas when WebGL is missing', () => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(hasWebGL()).toBe(false);
    const { container } = render(<Viewer />);
    const status = screen.getByTestId('no-webgl');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent(/3D view is not available/);
    expect(status).toHaveTextContent(/list of trigger points and the information panel still work/);
    expect(container.querySelector('canvas')).toBeNull();
  });

  it('shows the same message when the browser refuses the context the renderer asks for', () => {
    const canvas = document.createElement('canvas');
    vi.spyOn(canvas, 'getContext').mockReturnValue(null);
    expect(() => createRenderer({ canvas })).toThrow(WebGLUnavailableError);
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
    const Refused = () => {
      throw new WebGLUnavailableError();
    };
    render(
      <SceneErrorBoundary>
        <Refused />
      </SceneErrorBoundary>,
    );
    expect(screen.getByTestId('no-webgl')).toHaveTextContent(/3D view is not available/);
    expect(screen.queryByTestId('scene-crash')).toBeNull();
  });

  it('names the file and the problem when the body model cannot be loaded', () => {
    render(
      <LoadErrorMessage file="models/body.glb" problem="fetch responded with 404: Not Found" />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('models/body.glb');
    expect(alert).toHaveTextContent('404');
  });
});
