/**
 * WebGL availability without a probe context. Creating a throwaway context to ask "is there
 * WebGL?" costs as much as the real one (with software rendering, hundreds of milliseconds on
 * the path to the first frame), so the check here is only whether the browser knows WebGL 2 at
 * all; whether a context can actually be made is learnt from the Canvas's own renderer
 * (`createRenderer`), which throws `WebGLUnavailableError` and the Viewer shows the same
 * "not available" message.
 */
import { WebGLRenderer, type WebGLRendererParameters } from 'three';
import { WebGLUnavailableError } from './webglError';

export { WebGLUnavailableError };

/** Does this browser have WebGL 2 (which three.js needs) at all? Creates no context. */
export function hasWebGL(): boolean {
  return typeof window !== 'undefined' && typeof window.WebGL2RenderingContext === 'function';
}

/**
 * The Canvas's renderer, on the context made here so a refusal is told apart from every other
 * failure. `parameters` carries R3F's defaults (the canvas among them) and the Viewer's own.
 */
export function createRenderer(
  parameters: Omit<WebGLRendererParameters, 'canvas'> & { readonly canvas: unknown },
): WebGLRenderer {
  const { canvas, ...rest } = parameters;
  if (!(canvas instanceof HTMLCanvasElement)) throw new Error('the 3D view needs a <canvas>');
  // The attributes three.js itself asks for (it always wants alpha; `alpha` below only decides
  // how it clears), so the context is the one it would have made.
  const context = canvas.getContext('webgl2', {
    alpha: true,
    depth: rest.depth ?? true,
    stencil: rest.stencil ?? false,
    antialias: rest.antialias ?? false,
    premultipliedAlpha: rest.premultipliedAlpha ?? true,
    preserveDrawingBuffer: rest.preserveDrawingBuffer ?? false,
    powerPreference: rest.powerPreference ?? 'default',
    failIfMajorPerformanceCaveat: rest.failIfMajorPerformanceCaveat ?? false,
  });
  if (!context) throw new WebGLUnavailableError();
  return new WebGLRenderer({ ...rest, canvas, context });
}
