/**
 * Start-up work that can wait until the body is on screen: run a task once the first frame
 * with the body has been drawn (the store's `sceneReady`), so it does not compete with that
 * frame for the main thread, the CPU and the network; or at once when the 3D view reports it
 * will not draw the body (`sceneFailed`: no WebGL, a model that fails to load). Should neither
 * ever come (the 3D code itself failed to load), the task runs a few seconds after the page
 * has loaded.
 */
import { atlasStore, type AtlasState } from '../state/store';

/** How long after `load` the task waits for a word from the 3D view (ms). */
const SILENT_VIEWER_DELAY = 5000;

const settled = (s: AtlasState): boolean => s.sceneReady || s.sceneFailed;

/** Run `task` once, after the first body frame (or when there will be none). */
export function afterFirstFrame(task: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onLoad = () => {
    timer = setTimeout(run, SILENT_VIEWER_DELAY);
  };
  const unsubscribe = atlasStore.subscribe((s) => {
    if (settled(s)) run();
  });
  function run(): void {
    unsubscribe();
    clearTimeout(timer);
    window.removeEventListener('load', onLoad);
    task();
  }
  if (settled(atlasStore.getState())) return run();
  if (document.readyState === 'complete') onLoad();
  else window.addEventListener('load', onLoad, { once: true });
}

/** Start `work` after the first body frame (see above); its promise, from now. */
export function startAfterFirstFrame<T>(work: () => Promise<T>): Promise<T> {
  return new Promise<void>((resolve) => afterFirstFrame(resolve)).then(work);
}
