/**
 * Can this browser draw WebGL at all? Checked once, before the Canvas mounts, so a browser
 * without it gets a clear message instead of a blank area or a crash.
 */
export function hasWebGL(): boolean {
  if (typeof document === 'undefined') return false;
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) return false;
    // Free the probe context right away: browsers limit how many may be alive.
    (gl as WebGLRenderingContext).getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}
