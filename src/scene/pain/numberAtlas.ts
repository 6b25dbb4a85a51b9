/**
 * The numbers drawn on pain marks (1 … 32), rendered once into a small canvas texture with the
 * system font: no font file, nothing downloaded. Cell k (row-major, ATLAS_GRID) holds number k+1
 * in white on transparent; a cell spans its disc edge to edge, and each number is sized and
 * centred by its measured ink so that all of it lies within DIGIT_RADIUS of the centre — inside
 * the white rim, whatever the font's proportions. Returns null where a 2D canvas is unavailable
 * (tests); the marks are then drawn without numbers.
 */
import { CanvasTexture, LinearFilter, LinearMipmapLinearFilter } from 'three';
import { ATLAS_GRID, DIGIT_RADIUS } from './painMarkMaterial';

const CELL = 64;
const FONT = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";
/** The size the ink is measured at; the drawn size is scaled from it. */
const MEASURE_PX = 100;

/** A label's ink box at some font size, from the alignment point (as measureText gives it). */
export interface Ink {
  readonly left: number;
  readonly right: number;
  readonly ascent: number;
  readonly descent: number;
}

/** Where and how big to draw a label: font size, and the alignment point from the cell's centre. */
export interface GlyphFit {
  readonly fontPx: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * Font size and offsets that put `ink` (measured at `measuredPx`) centred in a cell `cell` px
 * wide, with its box's corners on the circle of `radius` × half the cell (pure).
 */
export function fitGlyph(ink: Ink, measuredPx: number, cell: number, radius: number): GlyphFit {
  const w = ink.left + ink.right;
  const h = ink.ascent + ink.descent;
  const scale = (radius * cell) / 2 / Math.max(Math.hypot(w / 2, h / 2), 1e-6);
  // textAlign center, textBaseline alphabetic: the ink spans [x − left, x + right] and
  // [y − ascent, y + descent]; move the point so the ink's middle is the cell's.
  return {
    fontPx: measuredPx * scale,
    dx: ((ink.left - ink.right) / 2) * scale,
    dy: ((ink.ascent - ink.descent) / 2) * scale,
  };
}

function measure(ctx: CanvasRenderingContext2D, label: string): Ink {
  ctx.font = `700 ${MEASURE_PX}px ${FONT}`;
  const m = ctx.measureText(label);
  // Browsers without ink metrics: the advance width and a digit's usual height.
  const ascent = m.actualBoundingBoxAscent ?? 0.72 * MEASURE_PX;
  const left = m.actualBoundingBoxLeft ?? m.width / 2;
  const right = m.actualBoundingBoxRight ?? m.width / 2;
  return { left, right, ascent, descent: m.actualBoundingBoxDescent ?? 0 };
}

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
  ctx.textBaseline = 'alphabetic';
  for (let k = 0; k < ATLAS_GRID.cols * ATLAS_GRID.rows; k++) {
    const label = String(k + 1);
    const fit = fitGlyph(measure(ctx, label), MEASURE_PX, CELL, DIGIT_RADIUS);
    ctx.font = `700 ${fit.fontPx.toFixed(2)}px ${FONT}`;
    const x = (k % ATLAS_GRID.cols) * CELL + CELL / 2;
    const y = Math.floor(k / ATLAS_GRID.cols) * CELL + CELL / 2;
    ctx.fillText(label, x + fit.dx, y + fit.dy);
  }
  const texture = new CanvasTexture(canvas);
  // Mipmapped: the discs are drawn smaller than a cell at most zooms. The ink keeps clear of
  // each cell's border, so neighbouring numbers do not bleed in at the smaller levels.
  texture.minFilter = LinearMipmapLinearFilter;
  texture.magFilter = LinearFilter;
  texture.generateMipmaps = true;
  return texture;
}
