/**
 * The body model's bytes, requested as early as the page can: `main.tsx` calls
 * `requestBodyModel()` first thing, before React renders, and the Viewer later picks up the same
 * request (loadSkin.ts reads the skin from the bytes, then the muscles and bones after the first
 * frame). The file is fetched on the page, so the `<link rel="preload">` in index.html (same
 * URL, same CORS mode) serves it and it is downloaded once.
 *
 * This module is on the start-up path: it imports no three.js.
 */

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

async function fetchModel(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `fetch for "${response.url}" responded with ${response.status}: ${response.statusText}`,
    );
  return response.arrayBuffer();
}

const request = oncePerUrl(fetchModel);

/** The model file's bytes (fetched once per URL). */
export const requestBodyModel = (url: string = bodyModelUrl()): Promise<ArrayBuffer> =>
  request(url);
