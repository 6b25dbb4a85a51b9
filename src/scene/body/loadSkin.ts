/**
 * Loads the body model: its skin as a SkinSurface, and its muscles and bones (when the model
 * has them) merged for drawing (layers/anatomyModel.ts). The bytes come from the request
 * main.tsx started before React rendered (modelRequest.ts); the skin is read straight from them
 * (glbSkin.ts). The anatomy is parsed on first request, not with the skin: the Viewer asks for it
 * after the first frame, because muscles and bones lie under the opaque skin at start and
 * building them costs time on the way to it. Meshopt-compressed files decode with the decoder
 * three ships (WASM embedded in the module: no download); Draco is never used.
 * One load per URL per page: remounting the viewer (e.g. after a lost WebGL context) reuses it.
 */
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { extractAnatomy, type AnatomyParts } from '../layers/anatomyModel';
import { readGlbSkin } from './glbSkin';
import { oncePerUrl, requestBodyModel } from './modelRequest';
import { surfaceFromSkin, type SkinSurface } from './skinSurface';

export { bodyModelUrl } from './modelRequest';

/** Everything the scene draws from the model file. */
export interface BodyModel {
  readonly surface: SkinSurface;
  /** Muscles and bones (parsed on the first call, then kept); each null when absent. */
  readonly anatomy: () => Promise<AnatomyParts>;
}

async function load(url: string): Promise<BodyModel> {
  const buffer = await requestBodyModel(url);
  // Only the skin's own buffers are decoded: GLTFLoader would build all ~190 meshes first.
  const surface = surfaceFromSkin(readGlbSkin(buffer, await decoder()));
  let anatomy: Promise<AnatomyParts> | null = null;
  return { surface, anatomy: () => (anatomy ??= parseAnatomy(buffer)) };
}

const decoder = () => MeshoptDecoder.ready.then(() => MeshoptDecoder);

async function parseAnatomy(buffer: ArrayBuffer): Promise<AnatomyParts> {
  const gltf = await new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).parseAsync(buffer, '');
  return extractAnatomy(gltf.scene);
}

/** Load (once) and extract skin, muscles and bones; a failed load is forgotten so a retry can try again. */
export const loadBodyModel: (url: string) => Promise<BodyModel> = oncePerUrl(load);

/** A readable one-line reason from whatever the loader threw. */
export function describeLoadError(error: unknown): string {
  // A JSON chunk that does not parse: a damaged file.
  if (error instanceof SyntaxError) return `the file is not a valid GLB model (${error.message})`;
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'type' in error) return 'the file could not be read';
  return String(error);
}
