/**
 * The numbers drawn on pain marks (1 … 32), rendered once into a small canvas texture with the
 * system font: no font file, nothing downloaded. Cell k (row-major, ATLAS_GRID) holds number k+1
 * in white on transparent. Returns null where a 2D canvas is unavailable (tests); the marks
 * are then drawn without numbers.
 */
import { CanvasTexture, LinearFilter } from 'three';
import { ATLAS_GRID } from './painMarkMaterial';

const CELL = 64;

export function createNumberAtlas(
  doc: Document | undefined = globalThis.document,
): CanvasTexture | null {
  if (!doc) return null;
  const canvas = doc.createElement('canvas');
  canvas.width = CELL * ATLAS_GRID.cols;
  canvas.height = CELL * ATLAS_GRID.rows;
  let ctx: CanvasRenderingContext2D | null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    ctx = null; // jsdom without the canvas package throws "not implemented"
  }
  if (!ctx) return null;
  ctx.fillStyle = '#ffffff';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  for (let k = 0; k < ATLAS_GRID.cols * ATLAS_GRID.rows; k++) {
    const label = String(k + 1);
    ctx.font = `700 ${label.length > 1 ? 40 : 48}px system-ui, 'Segoe UI', Roboto, Arial, sans-serif`;
    const x = (k % ATLAS_GRID.cols) * CELL + CELL / 2;
    const y = Math.floor(k / ATLAS_GRID.cols) * CELL + CELL / 2 + 2;
    ctx.fillText(label, x, y);
  }
  const texture = new CanvasTexture(canvas);
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  return texture;
}
