/**
 * The page's side of the validation worker (atlas.worker.ts): start it, send the request, and
 * resolve with its LoadResult. Started first thing in main.tsx so the check runs while React,
 * the 3D code and the body model load; the worker ends after its one answer.
 *
 * A worker that cannot start or crashes (very old browser, a Content-Security-Policy without
 * `worker-src 'self'`) resolves as a load failure naming the problem, so the error panel says
 * what happened instead of the page waiting forever.
 */
import type { DataFiles, LoadResult } from '../domain/load';

/** What the page asks the worker: the extra files to validate with the shipped data. */
export interface AtlasRequest {
  readonly extraFiles: DataFiles;
}

const failure = (message: string): LoadResult => ({
  ok: false,
  issues: [{ file: 'atlas data', path: '', message: `the data check could not run: ${message}` }],
});

/** Validate the shipped data (plus `extraFiles`) in a worker. Never rejects. */
export function validateAtlasInWorker(extraFiles: DataFiles = {}): Promise<LoadResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./atlas.worker.ts', import.meta.url), {
        type: 'module',
        name: 'atlas-validation',
      });
    } catch (error) {
      resolve(failure(error instanceof Error ? error.message : String(error)));
      return;
    }
    const done = (result: LoadResult) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<LoadResult>) => done(event.data));
    worker.addEventListener('error', (event) => done(failure(event.message || 'worker error')));
    worker.addEventListener('messageerror', () => done(failure('the result could not be read')));
    const request: AtlasRequest = { extraFiles };
    worker.postMessage(request);
  });
}
