/**
 * A contact sheet of the body model for people to look at: the committed body.glb drawn from
 * several directions side by side in one canvas (scissored viewports), with the layers chosen by
 * the query string. Each muscle gets its own shade of red so neighbours can be told apart; fibre
 * stripes come from TEXCOORD_0.v as in the app. Driven by scripts/model/shots.ts.
 *
 *   ?layers=skin|muscles|bones|muscles,bones  &views=front,back,left,right,threequarter
 *   &focus=whole|head|hand|foot|trunk|pelvis|knee|<x>,<y>,<half height> (metres, any region)
 *   &only=<text>,<text>   draw only the muscles and bones whose node names contain one of these
 *   &hues=1               every muscle in a clearly different hue (to tell neighbours apart in a
 *                         close-up; the default shades of red are how the app looks)
 */
import type { Material, Mesh, Object3D } from 'three';
import {
  Box3,
  Color,
  DirectionalLight,
  HemisphereLight,
  MeshStandardMaterial,
  PerspectiveCamera,
  Scene,
  Vector3,
  WebGLRenderer,
} from 'three';
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js';
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js';
import { tendonFractions } from '../../../src/scene/layers/fibre';

declare global {
  interface Window {
    __SHOT_READY__?: boolean;
  }
}

const params = new URLSearchParams(location.search);
const layers = new Set((params.get('layers') ?? 'skin').split(','));
const views = (params.get('views') ?? 'front,right,back,left,threequarter').split(',');
const focus = params.get('focus') ?? 'whole';
const only = params.get('only')?.split(',');
const hues = params.get('hues') === '1';

/** Direction from the target toward the camera (+Z anterior, +X the body's left). */
const DIRECTIONS: Record<string, [number, number, number]> = {
  front: [0, 0, 1],
  back: [0, 0, -1],
  left: [1, 0, 0],
  right: [-1, 0, 0],
  threequarter: [-0.7, 0.12, 0.7],
  backquarter: [0.7, 0.12, -0.7],
  above: [0, 1, 0.25],
};

/** Region boxes to frame (centre y, half height, centre x) for close-ups. */
const FOCI: Record<string, { y: number; h: number; x: number }> = {
  whole: { y: 0.875, h: 0.93, x: 0 },
  head: { y: 1.6, h: 0.17, x: 0 },
  trunk: { y: 1.25, h: 0.33, x: 0 },
  pelvis: { y: 0.95, h: 0.22, x: 0 },
  hand: { y: 0.8, h: 0.16, x: -0.25 },
  arm: { y: 1.15, h: 0.38, x: -0.22 },
  knee: { y: 0.5, h: 0.2, x: -0.1 },
  foot: { y: 0.08, h: 0.12, x: -0.1 },
};

const canvas = document.getElementById('c') as HTMLCanvasElement;
const renderer = new WebGLRenderer({ canvas, antialias: true, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(window.innerWidth, window.innerHeight, false);
renderer.setScissorTest(true);
renderer.setClearColor(0xdfe3e8);
const scene = new Scene();
scene.add(new HemisphereLight(0xffffff, 0x8a7f78, 1.1));
const sun = new DirectionalLight(0xffffff, 1.7);
scene.add(sun);

function hashHue(name: string): number {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1000) / 1000;
}

function muscleMaterial(name: string, tendon: [number, number]): Material {
  const t = hashHue(name.replace(/\.(R|L)$/, ''));
  const color = hues
    ? new Color().setHSL(t, 0.6, 0.5)
    : new Color().setHSL(0.0 + 0.03 * t, 0.55 + 0.2 * t, 0.36 + 0.14 * t);
  const m = new MeshStandardMaterial({ color, roughness: 0.6 });
  // Fibre stripes from TEXCOORD_0.v (metres across the fibres, + 0.5, mod 1); the tendon ends
  // (TEXCOORD_0.u within the node's `tendon` fractions of either end) are whitened.
  m.onBeforeCompile = (shader) => {
    shader.uniforms.uTendon = { value: tendon };
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec2 vFib;')
      .replace('#include <begin_vertex>', '#include <begin_vertex>\nvFib = uv;');
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', '#include <common>\nvarying vec2 vFib;\nuniform vec2 uTendon;')
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
        float stripe = 0.5 + 0.5 * sin(fract(vFib.y / 0.004) * 6.2831);
        diffuseColor.rgb *= 0.86 + 0.14 * stripe;
        float tendon = max(
          1.0 - smoothstep(0.5 * uTendon.x, max(uTendon.x, 0.01), vFib.x),
          1.0 - smoothstep(0.5 * uTendon.y, max(uTendon.y, 0.01), 1.0 - vFib.x));
        diffuseColor.rgb = mix(diffuseColor.rgb, vec3(0.86, 0.82, 0.74), tendon * 0.8);`,
      );
  };
  return m;
}

new GLTFLoader().setMeshoptDecoder(MeshoptDecoder).load('../models/body.glb', (gltf) => {
  const skinMat = new MeshStandardMaterial({ color: 0xe0b49a, roughness: 0.75 });
  const boneMat = new MeshStandardMaterial({ color: 0xeee6d2, roughness: 0.7 });
  gltf.scene.traverse((o: Object3D) => {
    const mesh = o as Mesh;
    if (!mesh.isMesh) return;
    const name = String(o.userData.name ?? o.name);
    if (name === 'skin') mesh.material = skinMat;
    else if (name.startsWith('muscle.'))
      mesh.material = muscleMaterial(name, tendonFractions(o.userData) ?? [0, 0]);
    else mesh.material = boneMat;
    if (only && name !== 'skin' && !only.some((t) => name.includes(t))) mesh.visible = false;
  });
  for (const layer of ['skin', 'muscles', 'bones'])
    gltf.scene.traverse((o) => {
      if ((o.userData.name ?? o.name) === layer) o.visible = layers.has(layer);
    });
  scene.add(gltf.scene);
  const box = new Box3().setFromObject(gltf.scene);
  const [fx, fy, fh] = focus.split(',').map(Number);
  const custom =
    fx !== undefined && fy !== undefined && fh !== undefined && fh > 0
      ? { x: fx, y: fy, h: fh }
      : undefined;
  const f = FOCI[focus] ?? custom ?? { y: 0.875, h: 0.93, x: 0 };
  const w = window.innerWidth / views.length;
  const h = window.innerHeight;
  const camera = new PerspectiveCamera(30, w / h, 0.02, 30);
  views.forEach((view, i) => {
    const d = new Vector3(...(DIRECTIONS[view] ?? [0, 0, 1])).normalize();
    const target = new Vector3(f.x, f.y, (box.min.z + box.max.z) / 2);
    const distance = (f.h * 1.08) / Math.tan((30 * Math.PI) / 360) + 0.2;
    camera.position.copy(target).addScaledVector(d, distance);
    camera.lookAt(target);
    sun.position.copy(camera.position).add(new Vector3(0.6, 1.5, 0));
    renderer.setViewport(i * w, 0, w, h);
    renderer.setScissor(i * w, 0, w, h);
    renderer.render(scene, camera);
  });
  window.__SHOT_READY__ = true;
});
