/**
 * Loads the body model: its skin as a SkinSurface, and its muscles and bones (when the model
 * has them) merged for drawing (layers/anatomyModel.ts). The anatomy is extracted on first
 * request, not with the skin: the Viewer asks for it after the first frame, because muscles and
 * bones lie under the opaque skin at start and merging them costs time on the way to it. Meshopt-compressed files decode
 * with the decoder three ships (WASM embedded in the module: no download); Draco is never used.
 * One load per URL per page: remounting the viewer (e.g. after a lost WebGL context) reuses it.
 */
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { extractAnatomy, type AnatomyParts } from '../layers/anatomyModel';
import { extractSkinSurface, type SkinSurface } from './skinSurface';

/** Name of the glTF node that holds the skin. */
export const SKIN_NODE = 'skin';

/** Everything the scene draws from the model file. */
export interface BodyModel {
  readonly surface: SkinSurface;
  /** Muscles and bones (extracted on the first call, then kept); each null when absent. */
  readonly anatomy: () => AnatomyParts;
}

const cache = new Map<string, Promise<BodyModel>>();

/** The body model's URL, relative to the app's base (works under a sub-path and offline). */
export const bodyModelUrl = (): string => `${import.meta.env.BASE_URL}models/body.glb`;

async function load(url: string): Promise<BodyModel> {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
  const gltf = await loader.loadAsync(url);
  const skin = gltf.scene.getObjectByName(SKIN_NODE);
  if (!skin) throw new Error(`the file has no node named "${SKIN_NODE}"`);
  let anatomy: AnatomyParts | null = null;
  return {
    surface: extractSkinSurface(skin),
    anatomy: () => (anatomy ??= extractAnatomy(gltf.scene)),
  };
}

/** Load (once) and extract skin, muscles and bones; a failed load is forgotten so a retry can try again. */
export function loadBodyModel(url: string): Promise<BodyModel> {
  let p = cache.get(url);
  if (!p) {
    p = load(url);
    cache.set(url, p);
    p.catch(() => cache.delete(url));
  }
  return p;
}

/** Load (once) and extract the skin. */
export const loadSkinSurface = (url: string): Promise<SkinSurface> =>
  loadBodyModel(url).then((m) => m.surface);

/** A readable one-line reason from whatever the loader threw. */
export function describeLoadError(error: unknown): string {
  // GLTFLoader falls back to JSON for anything that is not a GLB: a parse error means junk.
  if (error instanceof SyntaxError) return `the file is not a valid GLB model (${error.message})`;
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'type' in error) return 'the file could not be read';
  return String(error);
}
