/**
 * GLSL injected into MeshStandardMaterial to paint referral zones on the skin from the
 * per-vertex `zone` attribute (x = essential, y = spillover coverage; 0.5 = the zone's edge).
 *
 *   essential  solid red, lit like the skin, with a thin darker outline at its edge
 *   spillover  evenly spaced red dots (screen space, so they stay crisp at every zoom)
 *              on a very light red tint
 *
 * On a faded skin (opacity < 1) the zones keep a high alpha (uZoneAlpha: essential, spillover
 * dots, spillover tint; each already ≥ the skin's opacity), so the pattern still reads over the
 * muscles; fragments left fully transparent are discarded (a hidden skin draws only its zones).
 *
 * Edges threshold at 0.5 with fwidth-based antialiasing, so they are crisp rather than blurry,
 * and the outline keeps the shape readable in greyscale. Colours are mixed into diffuseColor
 * before lighting, so the red is shaded like the skin it lies on.
 */

export const ZONE_VERTEX_PARS = /* glsl */ `
attribute vec2 zone;
varying vec2 vZone;
uniform float uSkinPull;
`;

/**
 * A faded skin is drawn a few millimetres toward the camera (uSkinPull, metres; 0 when opaque),
 * so a muscle lying right at the surface cannot cut holes in the zones painted over it.
 */
export const SKIN_PULL_VERTEX = /* glsl */ `
if (uSkinPull > 0.0) {
  mvPosition.xyz += normalize(-mvPosition.xyz) * uSkinPull;
  gl_Position = projectionMatrix * mvPosition;
}
`;

export const ZONE_VERTEX = /* glsl */ `
vZone = zone;
`;

export const ZONE_FRAGMENT_PARS = /* glsl */ `
varying vec2 vZone;
uniform vec3 uZoneRed;
uniform vec3 uZoneOutline;
uniform vec3 uZoneTint;
uniform float uPixelRatio;
uniform vec3 uZoneAlpha;

// 1 inside the zone (coverage >= 0.5), 0 outside, antialiased over about one pixel.
float zoneMask(float c) {
  float w = max(fwidth(c), 1e-4);
  return smoothstep(0.5 - 0.7 * w, 0.5 + 0.7 * w, c);
}

// Round dots on a square grid in screen space: spacing ~6.5 CSS px, radius ~1.6 CSS px.
float stipple() {
  float spacing = 6.5 * uPixelRatio;
  float radius = 1.6 * uPixelRatio;
  vec2 cell = mod(gl_FragCoord.xy, spacing) - 0.5 * spacing;
  return 1.0 - smoothstep(radius - 0.6, radius + 0.6, length(cell));
}
`;

export const ZONE_FRAGMENT = /* glsl */ `
{
  float essential = zoneMask(vZone.x);
  float spill = zoneMask(vZone.y) * (1.0 - essential);
  float dots = stipple();
  vec3 dotted = mix(uZoneTint, uZoneRed, dots);
  diffuseColor.rgb = mix(diffuseColor.rgb, dotted, spill);
  diffuseColor.rgb = mix(diffuseColor.rgb, uZoneRed, essential);
  // Outline: a band about 1.3 px either side of the essential edge, in pixels of coverage change.
  float w = max(fwidth(vZone.x), 1e-4);
  float edgePx = abs(vZone.x - 0.5) / w;
  float outline = 1.0 - smoothstep(0.6, 1.4, edgePx);
  diffuseColor.rgb = mix(diffuseColor.rgb, uZoneOutline, outline * 0.9);
  float zoneAlpha = max(essential, outline * 0.9) * uZoneAlpha.x;
  zoneAlpha = max(zoneAlpha, spill * mix(uZoneAlpha.z, uZoneAlpha.y, dots));
  diffuseColor.a = max(diffuseColor.a, zoneAlpha);
  if (diffuseColor.a < 0.004) discard;
}
`;
