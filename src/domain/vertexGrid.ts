/**
 * A uniform grid over a surface's vertices, built once per surface, so "which vertices lie
 * within r of c?" visits only the cells the sphere's box touches instead of every vertex.
 * Painting a trigger point's zones on the ~51k-vertex skin then costs the zone's own vertices
 * (a few thousand), which keeps a selection's repaint to about a millisecond. Pure; no three.js.
 */
import type { Vec3 } from './vec';

export interface VertexGrid {
  /** Edge length of a cell (metres). */
  readonly cell: number;
  readonly min: Vec3;
  /** Cells along x, y, z. */
  readonly nx: number;
  readonly ny: number;
  readonly nz: number;
  /** Vertices of cell k are `items[start[k]] … items[start[k + 1] - 1]`. */
  readonly start: Uint32Array;
  readonly items: Uint32Array;
}

/** Grid over flat xyz `positions`; 5 cm cells suit a human body (a few thousand cells). */
export function buildVertexGrid(positions: ArrayLike<number>, cell = 0.05): VertexGrid {
  const count = Math.floor(positions.length / 3);
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (let i = 0; i < count * 3; i++) {
    const v = positions[i] ?? 0;
    const k = i % 3;
    if (v < (lo[k] ?? 0)) lo[k] = v;
    if (v > (hi[k] ?? 0)) hi[k] = v;
  }
  const min: Vec3 = count ? [lo[0] ?? 0, lo[1] ?? 0, lo[2] ?? 0] : [0, 0, 0];
  const cells = (k: 0 | 1 | 2) =>
    count ? Math.max(1, Math.floor(((hi[k] ?? 0) - min[k]) / cell) + 1) : 1;
  const grid = { cell, min, nx: cells(0), ny: cells(1), nz: cells(2) };
  const cellOf = new Uint32Array(count);
  const start = new Uint32Array(grid.nx * grid.ny * grid.nz + 1);
  for (let i = 0; i < count; i++) {
    const k = cellOfPoint(
      grid,
      positions[i * 3] ?? 0,
      positions[i * 3 + 1] ?? 0,
      positions[i * 3 + 2] ?? 0,
    );
    cellOf[i] = k;
    start[k + 1] = (start[k + 1] ?? 0) + 1;
  }
  for (let k = 1; k < start.length; k++) start[k] = (start[k] ?? 0) + (start[k - 1] ?? 0);
  const next = start.slice(0, -1);
  const items = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const k = cellOf[i] ?? 0;
    items[next[k] ?? 0] = i;
    next[k] = (next[k] ?? 0) + 1;
  }
  return { ...grid, start, items };
}

type GridShape = Pick<VertexGrid, 'cell' | 'min' | 'nx' | 'ny' | 'nz'>;

const clampCell = (v: number, n: number) => Math.min(n - 1, Math.max(0, Math.floor(v)));

function cellOfPoint(g: GridShape, x: number, y: number, z: number): number {
  const cx = clampCell((x - g.min[0]) / g.cell, g.nx);
  const cy = clampCell((y - g.min[1]) / g.cell, g.ny);
  const cz = clampCell((z - g.min[2]) / g.cell, g.nz);
  return (cz * g.ny + cy) * g.nx + cx;
}

/** Call `visit(i)` for every vertex in the cells overlapping the box of the sphere (c, r). */
export function forEachVertexNear(
  grid: VertexGrid,
  c: Vec3,
  r: number,
  visit: (vertex: number) => void,
): void {
  const from = (k: 0 | 1 | 2, n: number) => clampCell((c[k] - r - grid.min[k]) / grid.cell, n);
  const to = (k: 0 | 1 | 2, n: number) => clampCell((c[k] + r - grid.min[k]) / grid.cell, n);
  const [x0, x1] = [from(0, grid.nx), to(0, grid.nx)];
  const [y0, y1] = [from(1, grid.ny), to(1, grid.ny)];
  const [z0, z1] = [from(2, grid.nz), to(2, grid.nz)];
  for (let z = z0; z <= z1; z++)
    for (let y = y0; y <= y1; y++) {
      const row = (z * grid.ny + y) * grid.nx;
      const first = grid.start[row + x0] ?? 0;
      const last = grid.start[row + x1 + 1] ?? 0;
      // Cells x0…x1 of one row are contiguous in `items`.
      for (let j = first; j < last; j++) visit(grid.items[j] ?? 0);
    }
}
