/**
 * Triangle-mesh operations for assembling the skin from separately meshed pieces: clipping by a
 * plane (new vertices exactly on the plane, shared per edge), extracting a boundary chain on a
 * plane, zipping two chains with a triangle strip, mirroring a half body and welding it on x = 0.
 * Invariants: input and output meshes are consistently wound (counter-clockwise seen from
 * outside); clipping never moves an existing vertex; every function is deterministic.
 */
export interface Mesh {
  pos: number[];
  tri: number[];
}

/**
 * Keeps the part of the mesh where side(vertex) ≥ 0, splitting crossing triangles.
 * `exact` (optional) writes the plane's coordinate exactly into a new vertex (axis planes).
 */
export const clip = (
  m: Mesh,
  side: (x: number, y: number, z: number) => number,
  exact?: (p: number[]) => void,
): Mesh => {
  const pos = m.pos.slice();
  const nv = m.pos.length / 3;
  const s: number[] = [];
  for (let i = 0; i < nv; i++) s.push(side(m.pos[3 * i] ?? 0, m.pos[3 * i + 1] ?? 0, m.pos[3 * i + 2] ?? 0));
  const cut = new Map<string, number>();
  const cross = (a: number, b: number): number => {
    const key = a < b ? `${a}_${b}` : `${b}_${a}`;
    const hit = cut.get(key);
    if (hit !== undefined) return hit;
    const sa = s[a] ?? 0;
    const sb = s[b] ?? 0;
    const t = sa / (sa - sb);
    const p = [0, 1, 2].map((k) => (m.pos[3 * a + k] ?? 0) + t * ((m.pos[3 * b + k] ?? 0) - (m.pos[3 * a + k] ?? 0)));
    exact?.(p);
    const idx = pos.length / 3;
    pos.push(p[0] ?? 0, p[1] ?? 0, p[2] ?? 0);
    cut.set(key, idx);
    return idx;
  };
  const tri: number[] = [];
  for (let t = 0; t < m.tri.length; t += 3) {
    const v = [m.tri[t] ?? 0, m.tri[t + 1] ?? 0, m.tri[t + 2] ?? 0];
    const keep = v.map((i) => (s[i] ?? 0) >= 0);
    if (keep.every(Boolean)) {
      tri.push(v[0] ?? 0, v[1] ?? 0, v[2] ?? 0);
      continue;
    }
    if (!keep.some(Boolean)) continue;
    const poly: number[] = [];
    for (let e = 0; e < 3; e++) {
      const p = v[e] ?? 0;
      const q = v[(e + 1) % 3] ?? 0;
      const sp = s[p] ?? 0;
      const sq = s[q] ?? 0;
      if (sp >= 0) poly.push(p);
      // a vertex lying exactly on the plane is its own crossing point
      if (sp > 0 && sq < 0) poly.push(cross(p, q));
      if (sp < 0 && sq > 0) poly.push(cross(p, q));
    }
    for (let k = 1; k + 1 < poly.length; k++) tri.push(poly[0] ?? 0, poly[k] ?? 0, poly[k + 1] ?? 0);
  }
  return { pos, tri };
};

/**
 * The boundary edges whose both ends satisfy `onPlane`, followed in their winding direction into
 * one chain (the longest, if stray fragments exist). Returns vertex indices and whether it closes.
 */
export const boundaryChain = (m: Mesh, onPlane: (i: number) => boolean): { chain: number[]; closed: boolean } => {
  const directed = new Set<string>();
  for (let t = 0; t < m.tri.length; t += 3) {
    for (let e = 0; e < 3; e++) directed.add(`${m.tri[t + e]}_${m.tri[t + ((e + 1) % 3)]}`);
  }
  const next = new Map<number, number>();
  const hasIn = new Set<number>();
  for (let t = 0; t < m.tri.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = m.tri[t + e] ?? 0;
      const b = m.tri[t + ((e + 1) % 3)] ?? 0;
      if (a === b || directed.has(`${b}_${a}`) || !onPlane(a) || !onPlane(b)) continue;
      next.set(a, b);
      hasIn.add(b);
    }
  }
  const starts = [...next.keys()].sort((a, b) => a - b);
  const seen = new Set<number>();
  let best: { chain: number[]; closed: boolean } = { chain: [], closed: false };
  const heads = [...starts.filter((a) => !hasIn.has(a)), ...starts];
  for (const h of heads) {
    if (seen.has(h)) continue;
    const chain = [h];
    seen.add(h);
    let cur = next.get(h);
    let closed = false;
    while (cur !== undefined) {
      if (cur === h) {
        closed = true;
        break;
      }
      if (seen.has(cur)) break;
      seen.add(cur);
      chain.push(cur);
      cur = next.get(cur);
    }
    if (chain.length > best.chain.length) best = { chain, closed };
  }
  return best;
};
