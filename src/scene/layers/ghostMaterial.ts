/**
 * The highlighted muscle seen through whatever covers it (other muscles, bones): a faint,
 * rim-weighted tint drawn without depth testing, so a deep muscle such as gluteus medius under
 * gluteus maximus still shows its shape. Drawn after the opaque anatomy and before the skin
 * (render order), so a faded skin and its zones still lie on top.
 */
import { Color, ShaderMaterial } from 'three';
import { MUSCLE_COLORS } from './muscleMaterial';

/** Render order of the ghost: after opaque meshes (0), before the skin's blended pass. */
export const GHOST_RENDER_ORDER = -1;

const vertexShader = /* glsl */ `
varying vec3 vNormal;
varying vec3 vView;
void main() {
  vec4 mv = modelViewMatrix * vec4(position, 1.0);
  vNormal = normalize(normalMatrix * normal);
  vView = -mv.xyz;
  gl_Position = projectionMatrix * mv;
}
`;

const fragmentShader = /* glsl */ `
uniform vec3 uColor;
uniform float uStrength;
varying vec3 vNormal;
varying vec3 vView;
void main() {
  float facing = abs(dot(normalize(vNormal), normalize(vView)));
  float alpha = uStrength * (0.25 + 0.75 * pow(1.0 - facing, 1.5));
  gl_FragColor = vec4(uColor, alpha);
  #include <colorspace_fragment>
}
`;

export function createGhostMaterial(): ShaderMaterial {
  return new ShaderMaterial({
    uniforms: { uColor: { value: new Color(MUSCLE_COLORS.highlight) }, uStrength: { value: 0.7 } },
    vertexShader,
    fragmentShader,
    transparent: true,
    depthTest: false,
    depthWrite: false,
  });
}
