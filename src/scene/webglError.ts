/**
 * The error for a browser that refuses a WebGL 2 context (switched off, blocklisted, too many
 * contexts). Its own tiny module, without three.js, so the app's entry can recognise it (and not
 * report it as a crash) without pulling the 3D code into the start-up script.
 */
export class WebGLUnavailableError extends Error {
  constructor() {
    super('WebGL is not available');
    this.name = 'WebGLUnavailableError';
  }
}
