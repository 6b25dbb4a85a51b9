/**
 * The benchmark's floor: the least any viewer of this model must pay. Plain three.js loads the
 * same body.glb (meshopt), with the same camera (fov, front view, whole body), the skin only, a standard
 * material, orbit controls and render-on-demand — no React, no markers, no zone painting.
 * Exposes `__FIRST_FRAME__` and a render counter like the app, so the two can be compared, and
 * `__FLOOR_FRAME__` to time one frame (submitted, drawn) beside the app's selection latency.
 */
import type { Mesh } from 'three';
import {
  AmbientLight,
  DirectionalLight,
  PerspectiveCamera,
  Scene,
  WebGLRenderer,
  Box3,
  Vector3,
  MeshStandardMaterial,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

declare global {
  interface Window {
    __FIRST_FRAME__?: number;
    __FLOOR_RENDERS__?: number;
    /** One frame rendered now: ms to submit it and ms until the GPU has drawn it. */
    __FLOOR_FRAME__?: () => { submitted: number; drawn: number };
  }
}

const canvas = document.getElementById('c') as HTMLCanvasElement;
const renderer = new WebGLRenderer({ canvas, antialias: !navigator.webdriver });
renderer.setPixelRatio(Math.min(2, window.devicePixelRatio));
renderer.setSize(window.innerWidth, window.innerHeight, false);
const camera = new PerspectiveCamera(32, window.innerWidth / window.innerHeight, 0.05, 30);
const scene = new Scene();
scene.add(new AmbientLight(0xffffff, 0.6));
const sun = new DirectionalLight(0xffffff, 1.6);
sun.position.set(1, 2, 3);
scene.add(sun);
const controls = new OrbitControls(camera, canvas);
window.__FLOOR_RENDERS__ = 0;

function render(): void {
  renderer.render(scene, camera);
  window.__FLOOR_RENDERS__ = (window.__FLOOR_RENDERS__ ?? 0) + 1;
}
controls.addEventListener('change', render);

const pixel = new Uint8Array(4);
window.__FLOOR_FRAME__ = () => {
  const gl = renderer.getContext();
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); // start from an idle GPU
  const t0 = performance.now();
  render();
  const submitted = performance.now() - t0;
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel); // returns once it is drawn
  return { submitted, drawn: performance.now() - t0 };
};

const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder);
loader.load('./models/body.glb', (gltf) => {
  // Draw what the app draws by default: the skin. Muscles and bones lie under an opaque skin,
  // and the app does not render them then; drawing them here would make the floor slower.
  for (const name of ['muscles', 'bones']) {
    const group = gltf.scene.getObjectByName(name);
    if (group) group.visible = false;
  }
  gltf.scene.traverse((o) => {
    if ((o as Mesh).isMesh)
      (o as Mesh).material = new MeshStandardMaterial({ color: 0xe0b49a, roughness: 0.8 });
  });
  scene.add(gltf.scene);
  // Whole body from the front, as the app's initial view.
  const box = new Box3().setFromObject(gltf.scene);
  const centre = box.getCenter(new Vector3());
  const halfH = (box.max.y - box.min.y) / 2;
  const distance = (halfH * 1.06) / Math.tan((32 * Math.PI) / 360) + (box.max.z - box.min.z) / 2;
  camera.position.set(centre.x, centre.y, centre.z + distance);
  controls.target.copy(centre);
  controls.update();
  render();
  requestAnimationFrame(() => {
    window.__FIRST_FRAME__ = performance.now();
  });
});
