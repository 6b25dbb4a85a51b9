/**
 * The validation worker: answers one request (extra files, see atlasWorkerClient.ts) with the
 * LoadResult of the shipped data plus those files. The data and zod live in this worker's
 * script, so validating them costs the page's main thread nothing but receiving the result.
 * The result is structured-cloned to the page: the Atlas holds only plain objects, arrays and
 * Maps, which survive the copy (tests/app/atlasWorker.test.ts).
 */
import { validateAtlasFiles } from './atlasData';
import type { AtlasRequest } from './atlasWorkerClient';

addEventListener('message', (event: MessageEvent<AtlasRequest>) => {
  postMessage(validateAtlasFiles(event.data.extraFiles));
});
