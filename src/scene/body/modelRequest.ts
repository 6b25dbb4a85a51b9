/**
 * The body model's bytes and its skin, requested as early as the page can: `main.tsx` calls
 * `requestBodyModel()` first thing, before React renders, and the Viewer later picks up the same
 * request. The file is fetched on the page, so the `<link rel="preload">` in index.html (same
 * URL, same CORS mode) serves it and it is downloaded once; the skin is then decoded in a worker
 * (skinModel.worker.ts, a script of the app's own origin: no blob: workers, as the CSP wants)
 * while the page evaluates the 3D code. The page keeps the bytes for the muscles and bones,
 * which are read after the first frame (loadSkin.ts).
 *
 * This module is on the start-up path: it imports no three.js. When no worker can start or the
 * worker cannot read the file, `skin` is null and the page decodes the skin itself, which also
 * gives the error message for a damaged file.
 */
import type { SkinArrays } from './skinArrays';

/** The model file's bytes and, when the worker could read it, its skin. */
export interface BodyModelBytes {
  readonly buffer: ArrayBuffer;
  readonly skin: SkinArrays | null;
}

/** What the worker answers: the skin's arrays (transferred), or why it could not read them. */
export type SkinReply =
  | { readonly ok: true; readonly skin: SkinArrays }
  | { readonly ok: false; readonly message: string };

/** The body model's URL, relative to the app's base (works under a sub-path and offline). */
export const bodyModelUrl = (): string => `${import.meta.env.BASE_URL}models/body.glb`;

/**
 * `load` run once per URL: later calls share its promise, except that a failed one is
 * forgotten so a retry can try again.
 */
export function oncePerUrl<T>(load: (url: string) => Promise<T>): (url: string) => Promise<T> {
  const started = new Map<string, Promise<T>>();
  return (url) => {
    let p = started.get(url);
    if (!p) {
      p = load(url);
      started.set(url, p);
      p.catch(() => started.delete(url));
    }
    return p;
  };
}

const request = oncePerUrl(fetchModel);

/** Fetch (once per URL) and decode the skin. */
export const requestBodyModel = (url: string = bodyModelUrl()): Promise<BodyModelBytes> =>
  request(url);

async function fetchModel(url: string): Promise<BodyModelBytes> {
  // The worker's script loads while the file downloads.
  const decode = skinDecoder();
  let buffer: ArrayBuffer;
  try {
    const response = await fetch(url);
    if (!response.ok)
      throw new Error(
        `fetch for "${response.url}" responded with ${response.status}: ${response.statusText}`,
      );
    buffer = await response.arrayBuffer();
  } catch (error) {
    decode(null);
    throw error;
  }
  return { buffer, skin: await decode(buffer) };
}

/**
 * Start the worker now; the returned function sends it the bytes (a copy: the page keeps its
 * own) and resolves with the skin, or null when the worker is unavailable or fails.
 */
function skinDecoder(): (buffer: ArrayBuffer | null) => Promise<SkinArrays | null> {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./skinModel.worker.ts', import.meta.url), {
      type: 'module',
      name: 'body-model',
    });
  } catch {
    worker = null;
  }
  return (buffer) =>
    new Promise((resolve) => {
      const w = worker;
      if (!w || !buffer) {
        w?.terminate();
        resolve(null);
        return;
      }
      const done = (skin: SkinArrays | null) => {
        w.terminate();
        resolve(skin);
      };
      w.addEventListener('message', (event: MessageEvent<SkinReply>) =>
        done(event.data.ok ? event.data.skin : null),
      );
      w.addEventListener('error', () => done(null));
      w.addEventListener('messageerror', () => done(null));
      w.postMessage(buffer);
    });
}
