/**
 * The muscles' material: matte, muted red-brown, with faint fibre striations when the model
 * carries fibre data (fibre.ts). Every muscle is in one merged geometry, so per-muscle state is
 * uniforms compared with the per-vertex `muscleIndex`:
 *
 *   uHighlight  index of the selected muscle (-1 none): full colour and a soft warm rim
 *   uDim        0..1: how far every OTHER muscle is desaturated and lightened (1 with a highlight)
 *   uHover      index of the muscle under the mouse (-1 none): slightly brighter
 *
 * Changing them is a value write, never a recompile. Indices are small integers carried in a
 * float attribute (identical on a triangle's three vertices), compared with a ±0.5 tolerance.
 */
import { Color, DoubleSide, MeshStandardMaterial, type IUniform } from 'three';
import type { FibreKind } from './fibre';

/** Palette (sRGB hex). */
export const MUSCLE_COLORS = {
  muscle: '#9e4a40',
  highlight: '#a3261d',
  rim: '#ff7a66',
  dimTo: '#efe6e2',
  tendon: '#e4dccb',
  bone: '#e9e0c9',
} as const;

/**
 * Stripes per metre across the fibres. 200 (5 mm) divides 1 m, so the model's v, which wraps
 * modulo 1 m, stays continuous across the wrap.
 */
const STRIPES_PER_METRE = 200;

export interface MuscleUniforms {
  uHighlight: IUniform<number>;
  uHover: IUniform<number>;
  uDim: IUniform<number>;
  uHighlightColor: IUniform<Color>;
  uRimColor: IUniform<Color>;
  uDimTo: IUniform<Color>;
  uStripeFrequency: IUniform<number>;
  uTendonColor: IUniform<Color>;
}

export interface MuscleMaterial extends MeshStandardMaterial {
  readonly muscleUniforms: MuscleUniforms;
}

const VERTEX_PARS = /* glsl */ `
attribute float muscleIndex;
varying float vMuscle;
#if defined(TENDONS)
attribute float tendon;
varying float vTendon;
#endif
#if defined(FIBRE_COORDS)
attribute vec2 fibre;
#elif defined(FIBRE_DIRECTION)
attribute vec3 fibre;
#endif
#if defined(FIBRE_COORDS) || defined(FIBRE_DIRECTION)
varying float vStripe;
#endif
`;

const VERTEX = /* glsl */ `
vMuscle = muscleIndex;
#if defined(TENDONS)
vTendon = tendon;
#endif
#if defined(FIBRE_COORDS)
vStripe = fibre.y;
#elif defined(FIBRE_DIRECTION)
// Across-fibre direction in the surface: perpendicular to the fibre and the normal.
vec3 acrossFibre = cross(normalize(fibre), normalize(objectNormal));
vStripe = dot(position, normalize(acrossFibre + vec3(1e-5)));
#endif
`;

const FRAGMENT_PARS = /* glsl */ `
varying float vMuscle;
uniform float uHighlight;
uniform float uHover;
uniform float uDim;
uniform vec3 uHighlightColor;
uniform vec3 uRimColor;
uniform vec3 uDimTo;
uniform float uStripeFrequency;
uniform vec3 uTendonColor;
#if defined(FIBRE_COORDS) || defined(FIBRE_DIRECTION)
varying float vStripe;
#endif
#if defined(TENDONS)
varying float vTendon;
#endif
float isMuscle(float index) { return 1.0 - step(0.5, abs(vMuscle - index)); }
`;

const COLOR = /* glsl */ `
float hi = isMuscle(uHighlight);
diffuseColor.rgb = mix(diffuseColor.rgb, uHighlightColor, hi);
#if defined(FIBRE_COORDS) || defined(FIBRE_DIRECTION)
{
  // Faint stripes along the fibres, faded out where they would alias (too dense on screen).
  float s = vStripe * uStripeFrequency;
  float density = fwidth(s);
  float band = 0.5 + 0.5 * cos(6.2831853 * s);
  diffuseColor.rgb *= 1.0 - 0.14 * band * (1.0 - smoothstep(0.25, 0.6, density));
}
#endif
#if defined(TENDONS)
// Tendons and aponeuroses pale, as in an anatomy atlas (the highlight tints them too).
diffuseColor.rgb = mix(diffuseColor.rgb, uTendonColor, 0.8 * vTendon * (1.0 - 0.5 * hi));
#endif
float lum = dot(diffuseColor.rgb, vec3(0.2126, 0.7152, 0.0722));
vec3 dimmed = mix(mix(diffuseColor.rgb, vec3(lum), 0.7), uDimTo, 0.55);
diffuseColor.rgb = mix(diffuseColor.rgb, dimmed, uDim * (1.0 - hi));
diffuseColor.rgb *= 1.0 + 0.12 * isMuscle(uHover);
`;

const EMISSIVE = /* glsl */ `
{
  float facing = abs(dot(normal, normalize(vViewPosition)));
  float rim = pow(1.0 - facing, 2.0);
  totalEmissiveRadiance += hi * (0.03 + 0.35 * rim) * uRimColor;
}
`;

const DEFINE: Record<FibreKind, string> = { across: 'FIBRE_COORDS', direction: 'FIBRE_DIRECTION' };

/**
 * Create the muscle material for a merged muscle geometry with the given fibre data; `tendons`
 * when the geometry has a `tendon` attribute (anatomyModel.ts).
 */
export function createMuscleMaterial(fibre: FibreKind | null, tendons = false): MuscleMaterial {
  const material = new MeshStandardMaterial({
    color: new Color(MUSCLE_COLORS.muscle),
    roughness: 0.78,
    metalness: 0,
  }) as MeshStandardMaterial & { muscleUniforms?: MuscleUniforms };
  const muscleUniforms: MuscleUniforms = {
    uHighlight: { value: -1 },
    uHover: { value: -1 },
    uDim: { value: 0 },
    uHighlightColor: { value: new Color(MUSCLE_COLORS.highlight) },
    uRimColor: { value: new Color(MUSCLE_COLORS.rim) },
    uDimTo: { value: new Color(MUSCLE_COLORS.dimTo) },
    uStripeFrequency: { value: STRIPES_PER_METRE },
    uTendonColor: { value: new Color(MUSCLE_COLORS.tendon) },
  };
  material.muscleUniforms = muscleUniforms;
  material.defines = {
    ...(fibre ? { [DEFINE[fibre]]: '' } : {}),
    ...(tendons ? { TENDONS: '' } : {}),
  };
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, muscleUniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_PARS}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n${VERTEX}`);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_PARS}`)
      .replace('#include <color_fragment>', `#include <color_fragment>\n${COLOR}`)
      .replace('#include <emissivemap_fragment>', `#include <emissivemap_fragment>\n${EMISSIVE}`);
  };
  material.customProgramCacheKey = () =>
    `tpa-muscles-2-${fibre ?? 'plain'}-${tendons ? 'tendons' : 'flesh'}`;
  return material as MuscleMaterial;
}

/** The bones' material: matte ivory. */
export function createBoneMaterial(): MeshStandardMaterial {
  // Double-sided: thin bones (ribs, cartilage) must not show their inner faces as black gaps.
  return new MeshStandardMaterial({
    color: new Color(MUSCLE_COLORS.bone),
    roughness: 0.62,
    metalness: 0,
    side: DoubleSide,
  });
}
