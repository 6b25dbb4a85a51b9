/**
 * Shader for the trigger-point markers: an "×" (as in Travell & Simons' drawings) on a
 * camera-facing quad of constant on-screen size, drawn for every instance in one call.
 * Layers from the centre out: the X in ink (accent colour when selected), a white halo, and a
 * thin dark rim, so it reads on pale skin and on red zones alike. Depth-tested against the skin,
 * so markers on the far side of the body are hidden; the quad is pulled a little toward the
 * camera so the skin curving up around a marker does not cut it.
 */
import { Color, ShaderMaterial, Vector2, type IUniform, type WebGLRenderer } from 'three';

/**
 * Marker size (CSS px) and how much bigger hovered / selected ones are drawn. With over two
 * hundred markers on one body they must stay small and quiet; the picking radius (picking.ts)
 * is larger than the drawn size, so they remain easy to hit.
 */
export const MARKER_SIZE = 15;
export const HOVER_SCALE = 1.45;
export const SELECTED_SCALE = 1.9;
/** Opacity of the other markers while a trigger point is selected, so its pattern reads. */
export const DIMMED_ALPHA = 0.4;

/** Per-instance state values in the `iState` attribute. */
export const MARKER_STATE = { normal: 0, hovered: 1, selected: 2 } as const;

export const MARKER_COLORS = {
  ink: '#1d2633',
  hover: '#1f57c3',
  selected: '#0a4fd6',
  rim: '#1d2633',
} as const;

const vertexShader = /* glsl */ `
attribute vec3 iPoint;
attribute vec3 iNormal;
attribute float iState;
uniform vec2 uViewport;   // drawing buffer size (device px)
uniform float uPixelRatio;
uniform float uSize;
varying vec2 vPx;         // position in the quad relative to its centre (CSS px)
varying float vState;
varying float vFacing;
void main() {
  // Fade markers on skin turning away from the camera, so silhouettes don't show half an X.
  vFacing = smoothstep(-0.05, 0.3, dot(iNormal, normalize(cameraPosition - iPoint)));
  float s = iState > 1.5 ? ${SELECTED_SCALE.toFixed(3)} : (iState > 0.5 ? ${HOVER_SCALE.toFixed(3)} : 1.0);
  float halfSize = 0.5 * uSize * s + 4.0;
  vec4 mv = viewMatrix * vec4(iPoint, 1.0);
  // Pull toward the camera (view space) so nearby skin does not clip the flat quad.
  mv.xyz += normalize(-mv.xyz) * (0.012 + 0.006 * iState);
  vec4 clip = projectionMatrix * mv;
  vPx = position.xy * halfSize;
  vState = iState;
  clip.xy += vPx * (2.0 * uPixelRatio / uViewport) * clip.w;
  gl_Position = clip;
}
`;

const fragmentShader = /* glsl */ `
uniform float uPixelRatio;
uniform float uSize;
uniform vec3 uInk;
uniform vec3 uHover;
uniform vec3 uSelected;
uniform vec3 uRim;
uniform float uDim;       // 1 while something is selected: quieten the unselected markers
varying vec2 vPx;
varying float vState;
varying float vFacing;

float segment(vec2 p, vec2 a, vec2 b) {
  vec2 pa = p - a, ba = b - a;
  float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
  return length(pa - ba * h);
}

void main() {
  float s = vState > 1.5 ? ${SELECTED_SCALE.toFixed(3)} : (vState > 0.5 ? ${HOVER_SCALE.toFixed(3)} : 1.0);
  float arm = 0.5 * uSize * s * 0.62;
  float d = min(segment(vPx, vec2(-arm), vec2(arm)), segment(vPx, vec2(-arm, arm), vec2(arm, -arm)));
  float core = 1.35 * s;
  float halo = core + 1.6;
  float rim = halo + 0.9;
  float aa = 0.6 / uPixelRatio + 0.25;
  float alpha = (1.0 - smoothstep(rim - aa, rim + aa, d)) * vFacing;
  if (vState < 0.5) alpha *= mix(1.0, ${DIMMED_ALPHA.toFixed(2)}, uDim);
  if (alpha < 0.02) discard;
  vec3 ink = vState > 1.5 ? uSelected : (vState > 0.5 ? uHover : uInk);
  vec3 col = mix(uRim, vec3(1.0), 1.0 - smoothstep(halo - aa, halo + aa, d));
  col = mix(col, ink, 1.0 - smoothstep(core - aa, core + aa, d));
  gl_FragColor = vec4(col, alpha);
  #include <colorspace_fragment>
}
`;

export interface MarkerUniforms {
  [name: string]: IUniform;
  uViewport: IUniform<Vector2>;
  uPixelRatio: IUniform<number>;
  uSize: IUniform<number>;
  uInk: IUniform<Color>;
  uHover: IUniform<Color>;
  uSelected: IUniform<Color>;
  uRim: IUniform<Color>;
  uDim: IUniform<number>;
}

/** Create the marker material (transparent edges, depth-tested, drawn after the skin). */
export function createMarkerMaterial(): ShaderMaterial & { uniforms: MarkerUniforms } {
  const uniforms: MarkerUniforms = {
    uViewport: { value: new Vector2(1, 1) },
    uPixelRatio: { value: 1 },
    uSize: { value: MARKER_SIZE },
    uInk: { value: new Color(MARKER_COLORS.ink) },
    uHover: { value: new Color(MARKER_COLORS.hover) },
    uSelected: { value: new Color(MARKER_COLORS.selected) },
    uRim: { value: new Color(MARKER_COLORS.rim) },
    uDim: { value: 0 },
  };
  return new ShaderMaterial({
    uniforms,
    vertexShader,
    fragmentShader,
    transparent: true,
    depthTest: true,
    depthWrite: false,
  }) as ShaderMaterial & {
    uniforms: MarkerUniforms;
  };
}

/** Match the marker shader to the renderer's drawing buffer so markers keep their CSS size. */
export function fitMarkersToRenderer(
  material: ShaderMaterial & { uniforms: MarkerUniforms },
  gl: WebGLRenderer,
): void {
  gl.getDrawingBufferSize(material.uniforms.uViewport.value);
  material.uniforms.uPixelRatio.value = gl.getPixelRatio();
}

/** Quieten the unselected markers while something is selected. */
export function setMarkersDimmed(
  material: ShaderMaterial & { uniforms: MarkerUniforms },
  dimmed: boolean,
): void {
  material.uniforms.uDim.value = dimmed ? 1 : 0;
}
