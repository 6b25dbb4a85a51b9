/**
 * Shader for the pain marks: flat discs lying in the skin's tangent plane (they hug the surface
 * like a sticker), never smaller than a few CSS pixels so they stay visible on a phone's whole-
 * body view. Violet with a white rim and a thin dark edge: nothing like the red referral zones
 * (colour-blind safe: violet vs red differ in blue, and the shapes differ too). Two kinds:
 *
 *   label disc  (iNumber > 0)  solid violet, the mark's number in white — one per mark
 *   area dot    (iNumber = 0)  violet hatched with white stripes — the samples of a painted
 *                              stroke or a region
 *
 * A label disc turns halfway from the skin toward the camera, so its number stays readable
 * where the skin is seen at a slant (a side view, the top of the shoulder from the front).
 *
 * Depth-tested against the skin, so marks on the far side of the body are hidden; and drawn as
 * if nearer the camera by up to the disc's radius (moved along the line of sight, so nothing
 * shifts on screen), so where the skin curves away under a flat disc — or the disc is tilted —
 * its rim and number are not cut by the skin around it.
 */
import {
  Color,
  DoubleSide,
  ShaderMaterial,
  Vector2,
  type IUniform,
  type Texture,
  type WebGLRenderer,
} from 'three';

export const PAIN_MARK_COLORS = {
  fill: '#6c2bd9',
  stripe: '#d9c8ff',
  rim: '#ffffff',
  edge: '#24114d',
} as const;

/**
 * Disc radii: world size (metres) and the on-screen minimum (CSS px). Two digits share the
 * disc's width, so marks 10 and up get a larger disc: in the plain one their digits were about
 * 8 px tall on a 1× screen.
 */
export const PAIN_MARK_SIZE = {
  label: { world: 0.014, minPx: 14 },
  twoDigitLabel: { world: 0.018, minPx: 18 },
  dot: { world: 0.006, minPx: 4.5 },
} as const;

/** Digits atlas layout (see numberAtlas.ts): cells per row and rows. */
export const ATLAS_GRID = { cols: 8, rows: 4 } as const;

/** A number's ink stays within this share of its disc's radius: inside the rim, which starts at
 *  0.78 of it at most (rimIn below). */
export const DIGIT_RADIUS = 0.6;

/** The most a disc is drawn nearer the camera (m): less than any gap between a limb and the
 *  body behind it, so a mark there is still hidden by the limb. */
const MAX_DEPTH_PULL = 0.03;

const vertexShader = /* glsl */ `
attribute vec3 iPoint;
attribute vec3 iNormal;
attribute float iNumber;
attribute float iRadius;
attribute float iMinPx;
uniform vec2 uViewport;   // drawing buffer (device px)
uniform float uPixelRatio;
varying vec2 vUv;         // -1..1 across the disc
varying float vNumber;
varying float vFacing;
varying float vPxRadius;  // the disc's radius on screen (CSS px), for anti-aliasing
void main() {
  vec3 n = normalize(iNormal);
  vec3 toCamera = normalize(cameraPosition - iPoint);
  // The plane the disc lies in: the skin's, or for a label halfway to facing the camera.
  vec3 halfway = n + toCamera;
  vec3 face = iNumber > 0.5 && dot(halfway, halfway) > 1e-4 ? normalize(halfway) : n;
  vec3 helper = abs(face.y) < 0.9 ? vec3(0.0, 1.0, 0.0) : vec3(1.0, 0.0, 0.0);
  vec3 t = normalize(cross(helper, face));
  vec3 b = cross(face, t);
  vec4 mv = viewMatrix * vec4(iPoint, 1.0);
  // World size of one CSS pixel at this depth (perspective camera).
  float pxWorld = 2.0 * -mv.z / (projectionMatrix[1][1] * uViewport.y / uPixelRatio);
  float r = max(iRadius, iMinPx * pxWorld);
  vPxRadius = r / pxWorld;
  vec3 world = iPoint + n * 0.002 + (t * position.x + b * position.y) * r;
  // Along the line of sight: the same place on screen, but clear of the skin curving under it.
  world += normalize(cameraPosition - world) * min(r, ${MAX_DEPTH_PULL.toFixed(3)});
  vFacing = smoothstep(-0.1, 0.25, dot(n, toCamera));
  vUv = position.xy;
  vNumber = iNumber;
  gl_Position = projectionMatrix * viewMatrix * vec4(world, 1.0);
}
`;

const fragmentShader = /* glsl */ `
uniform vec3 uFill;
uniform vec3 uStripe;
uniform vec3 uRim;
uniform vec3 uEdge;
uniform sampler2D uDigits;
uniform float uHasDigits;
varying vec2 vUv;
varying float vNumber;
varying float vFacing;
varying float vPxRadius;
void main() {
  float d = length(vUv);
  float aa = 1.2 / max(vPxRadius, 1.0);
  float alpha = (1.0 - smoothstep(1.0 - aa, 1.0, d)) * vFacing;
  if (alpha < 0.02) discard;
  float rimIn = 1.0 - max(0.22, 2.2 / max(vPxRadius, 1.0));
  // Sampled outside any branch: texture lookups need derivatives from uniform control flow.
  // Rounded: the interpolated number can come out a hair under a whole one, and 9 (cell 8)
  // would then read from the far right of row 0.
  float cell = floor(max(vNumber - 1.0, 0.0) + 0.5);
  vec2 grid = vec2(${ATLAS_GRID.cols.toFixed(1)}, ${ATLAS_GRID.rows.toFixed(1)});
  vec2 origin = vec2(mod(cell, grid.x), floor(cell / grid.x));
  // The cell spans the disc edge to edge; numberAtlas keeps the ink within DIGIT_RADIUS.
  vec2 uv = clamp((vUv + 1.0) * 0.5, 0.0, 1.0);
  vec2 atlasUv = vec2((origin.x + uv.x) / grid.x, 1.0 - (origin.y + 1.0 - uv.y) / grid.y);
  float digit = texture2D(uDigits, atlasUv).a * uHasDigits * step(0.5, vNumber) * step(d, rimIn);
  vec3 col = uFill;
  if (vNumber < 0.5) {
    // Diagonal stripes in disc space, so they lie on the skin with the disc.
    float s = fract((vUv.x + vUv.y) * 1.6);
    col = mix(uFill, uStripe, smoothstep(0.45, 0.55, s) * (1.0 - smoothstep(0.85, 0.95, s)));
  }
  col = mix(col, vec3(1.0), digit);
  col = mix(col, uRim, smoothstep(rimIn - aa, rimIn, d));
  col = mix(col, uEdge, smoothstep(1.0 - 2.5 * aa, 1.0 - aa, d));
  gl_FragColor = vec4(col, alpha);
  #include <colorspace_fragment>
}
`;

export interface PainMarkUniforms {
  [name: string]: IUniform;
  uViewport: IUniform<Vector2>;
  uPixelRatio: IUniform<number>;
  uFill: IUniform<Color>;
  uStripe: IUniform<Color>;
  uRim: IUniform<Color>;
  uEdge: IUniform<Color>;
  uDigits: IUniform<Texture | null>;
  uHasDigits: IUniform<number>;
}

export type PainMarkMaterial = ShaderMaterial & { uniforms: PainMarkUniforms };

/** Create the marks' material; `digits` is the number atlas (null: numbers not drawn). */
export function createPainMarkMaterial(digits: Texture | null): PainMarkMaterial {
  const uniforms: PainMarkUniforms = {
    uViewport: { value: new Vector2(1, 1) },
    uPixelRatio: { value: 1 },
    uFill: { value: new Color(PAIN_MARK_COLORS.fill) },
    uStripe: { value: new Color(PAIN_MARK_COLORS.stripe) },
    uRim: { value: new Color(PAIN_MARK_COLORS.rim) },
    uEdge: { value: new Color(PAIN_MARK_COLORS.edge) },
    uDigits: { value: digits },
    uHasDigits: { value: digits ? 1 : 0 },
  };
  return new ShaderMaterial({
    uniforms,
    vertexShader,
    fragmentShader,
    transparent: true,
    depthTest: true,
    depthWrite: false,
    side: DoubleSide,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -4,
  }) as PainMarkMaterial;
}

/** Keep the on-screen minimum size right after a resize or pixel-ratio change. */
export function fitPainMarksToRenderer(material: PainMarkMaterial, gl: WebGLRenderer): void {
  gl.getDrawingBufferSize(material.uniforms.uViewport.value);
  material.uniforms.uPixelRatio.value = gl.getPixelRatio();
}
