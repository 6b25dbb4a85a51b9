/**
 * Soft studio lighting with no environment map (nothing to download): a sky/ground hemisphere
 * for the overall tone, a key light from the front-left above, a fill from the front-right and
 * a rim light from behind so the silhouette separates from any background.
 */
import type { JSX } from 'react';

export function Lights(): JSX.Element {
  return (
    <>
      <hemisphereLight args={['#fff8ef', '#a08a7c', 1.9]} />
      <directionalLight position={[1.6, 3.2, 3.0]} intensity={1.45} color="#fff2e4" />
      <directionalLight position={[-2.4, 1.6, 2.2]} intensity={0.55} color="#eef3ff" />
      <directionalLight position={[0.5, 2.6, -3.2]} intensity={0.75} color="#ffffff" />
    </>
  );
}
