/**
 * The skin's material: matte, warm and calm (so the red zones carry the attention), extended
 * with the zone shader of zoneShader.ts. Uniforms are plain objects shared with the shader, so
 * changing the pixel ratio is a value write, never a recompile.
 */
import { Color, MeshStandardMaterial, Vector3, type IUniform } from 'three';
import {
  SKIN_PULL_VERTEX,
  ZONE_FRAGMENT,
  ZONE_FRAGMENT_PARS,
  ZONE_VERTEX,
  ZONE_VERTEX_PARS,
} from './zoneShader';

/** Palette (sRGB hex). The red is the atlas's referred-pain red; the legend uses the same. */
export const SKIN_COLORS = {
  skinLight: '#e6c2a6',
  skinDark: '#d2ab8f',
  red: '#d7263d',
  outline: '#6e0d1a',
  tint: '#f6d4cf',
} as const;

export interface SkinMaterial extends MeshStandardMaterial {
  readonly zoneUniforms: {
    uZoneRed: IUniform<Color>;
    uZoneOutline: IUniform<Color>;
    uZoneTint: IUniform<Color>;
    uPixelRatio: IUniform<number>;
    /** Zone alpha floors on a faded skin: essential, spillover dots, spillover tint. */
    uZoneAlpha: IUniform<Vector3>;
    /** How far (metres) a faded skin is drawn toward the camera; 0 when opaque. */
    uSkinPull: IUniform<number>;
  };
}

/** Create the skin material; `dark` picks the slightly deeper tone for the dark theme. */
export function createSkinMaterial(dark = false): SkinMaterial {
  const material = new MeshStandardMaterial({
    color: new Color(dark ? SKIN_COLORS.skinDark : SKIN_COLORS.skinLight),
    roughness: 0.82,
    metalness: 0,
  }) as MeshStandardMaterial & { zoneUniforms?: SkinMaterial['zoneUniforms'] };
  const zoneUniforms = {
    uZoneRed: { value: new Color(SKIN_COLORS.red) },
    uZoneOutline: { value: new Color(SKIN_COLORS.outline) },
    uZoneTint: { value: new Color(SKIN_COLORS.tint) },
    uPixelRatio: { value: 1 },
    uZoneAlpha: { value: new Vector3(1, 1, 1) },
    uSkinPull: { value: 0 },
  };
  material.zoneUniforms = zoneUniforms;
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, zoneUniforms);
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${ZONE_VERTEX_PARS}`)
      .replace('#include <begin_vertex>', `#include <begin_vertex>\n${ZONE_VERTEX}`)
      .replace('#include <project_vertex>', `#include <project_vertex>\n${SKIN_PULL_VERTEX}`);
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${ZONE_FRAGMENT_PARS}`)
      .replace('#include <color_fragment>', `#include <color_fragment>\n${ZONE_FRAGMENT}`);
  };
  material.customProgramCacheKey = () => 'tpa-skin-zones-3';
  return material as SkinMaterial;
}

/** Tell the stipple shader the device pixel ratio (dots are spaced in CSS pixels). */
export function setSkinPixelRatio(material: SkinMaterial, ratio: number): void {
  material.zoneUniforms.uPixelRatio.value = ratio;
}
