/**
 * The atlas is validated in a worker and structured-cloned to the page: the shipped data must
 * survive that copy whole (Maps, shared records), extra files join the one assembly point, and
 * the page side turns a worker that cannot run into a named load failure.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesToValidate, shippedDataFiles, validateAtlasFiles } from '../../src/app/atlasData';
import { validateAtlasInWorker } from '../../src/app/atlasWorkerClient';

describe('validation off the main thread', () => {
  it('validates the shipped data into an atlas that survives structured cloning', () => {
    const result = validateAtlasFiles();
    if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 3)));
    const copy = structuredClone(result);
    if (!copy.ok) throw new Error('clone lost the result');
    expect(copy.atlas).toEqual(result.atlas);
    expect(copy.atlas.instanceByKey).toBeInstanceOf(Map);
    // Shared records stay shared: the index points at the same objects as the list.
    const first = copy.atlas.instances[0]!;
    expect(copy.atlas.instanceByKey.get(first.key)).toBe(first);
    expect(copy.atlas.muscleById.get(first.muscle.id)).toBe(first.muscle);
  });

  it('assembles extra files with the shipped ones, the extra file winning on the same path', () => {
    const shipped = shippedDataFiles();
    const path = Object.keys(shipped).find((p) => p.startsWith('muscles/'))!;
    const files = filesToValidate({ [path]: { broken: true }, 'pack.json': { muscles: [] } });
    expect(Object.keys(files)).toHaveLength(Object.keys(shipped).length + 1);
    expect(files[path]).toEqual({ broken: true });
    const result = validateAtlasFiles({ [path]: { broken: true } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((i) => i.file === path)).toBe(true);
  });
});

describe('the page side of the worker', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** A stand-in Worker that answers (or fails) the way it is told to. */
  const fakeWorker = (behave: (w: EventTarget, message: unknown) => void) =>
    class extends EventTarget {
      terminated = false;
      postMessage(message: unknown) {
        queueMicrotask(() => behave(this, message));
      }
      terminate() {
        this.terminated = true;
      }
    };

  it('resolves with the worker’s answer to the request', async () => {
    const answer = { ok: false, issues: [{ file: 'a.json', path: '', message: 'bad' }] };
    let asked: unknown;
    vi.stubGlobal(
      'Worker',
      fakeWorker((w, message) => {
        asked = message;
        w.dispatchEvent(new MessageEvent('message', { data: answer }));
      }),
    );
    await expect(validateAtlasInWorker({ 'x.json': 1 })).resolves.toEqual(answer);
    expect(asked).toEqual({ extraFiles: { 'x.json': 1 } });
  });

  it('names the problem when the worker fails or cannot start', async () => {
    vi.stubGlobal(
      'Worker',
      fakeWorker((w) => w.dispatchEvent(Object.assign(new Event('error'), { message: 'boom' }))),
    );
    const failed = await validateAtlasInWorker();
    expect(failed.ok).toBe(false);
    if (!failed.ok) expect(failed.issues[0]?.message).toMatch(/could not run: boom/);

    vi.stubGlobal('Worker', undefined);
    const missing = await validateAtlasInWorker();
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]?.message).toMatch(/could not run/);
  });
});
