/**
 * Surface moments of a triangle mesh (area, area-weighted centroid, covariance) and its principal
 * axis: the same statistics the calibration table reports, computed exactly per triangle
 * (∫ x xᵀ dA over a triangle = A/12 · (Σ vᵢvᵢᵀ + (Σ vᵢ)(Σ vᵢ)ᵀ)).
 * Invariant: pure; the axis sign follows the table's convention (largest component positive).
 */
export interface Moments {
  area: number;
  centroid: [number, number, number];
  /** 3×3 covariance about the centroid (m²) */
  cov: number[][];
}

/** Moments of one or more meshes taken together. */
export const surfaceMoments = (meshes: { positions: ArrayLike<number>; indices: ArrayLike<number> }[]): Moments => {
  let A = 0;
  const s1 = [0, 0, 0];
  const s2 = [0, 1, 2].map(() => [0, 0, 0]);
  for (const m of meshes) {
    const p = m.positions;
    for (let t = 0; t < m.indices.length; t += 3) {
      const v = [0, 1, 2].map((k) => {
        const i = (m.indices[t + k] ?? 0) * 3;
        return [p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0];
      }) as [number[], number[], number[]];
      const [a, b, c] = v;
      const [u0, u1, u2] = [0, 1, 2].map((k) => (b[k] ?? 0) - (a[k] ?? 0)) as [number, number, number];
      const [w0, w1, w2] = [0, 1, 2].map((k) => (c[k] ?? 0) - (a[k] ?? 0)) as [number, number, number];
      const area = 0.5 * Math.hypot(u1 * w2 - u2 * w1, u2 * w0 - u0 * w2, u0 * w1 - u1 * w0);
      A += area;
      const sum = [0, 1, 2].map((k) => (a[k] ?? 0) + (b[k] ?? 0) + (c[k] ?? 0));
      for (let i = 0; i < 3; i++) {
        s1[i] = (s1[i] ?? 0) + (area * (sum[i] ?? 0)) / 3;
        for (let j = 0; j < 3; j++) {
          const vv = v.reduce((s, x) => s + (x[i] ?? 0) * (x[j] ?? 0), 0);
          const row = s2[i] as number[];
          row[j] = (row[j] ?? 0) + (area / 12) * (vv + (sum[i] ?? 0) * (sum[j] ?? 0));
        }
      }
    }
  }
  const c = s1.map((x) => x / A) as [number, number, number];
  const cov = [0, 1, 2].map((i) => [0, 1, 2].map((j) => (s2[i]?.[j] ?? 0) / A - (c[i] ?? 0) * (c[j] ?? 0)));
  return { area: A, centroid: c, cov };
};

/** Principal axis (largest-variance unit vector) by power iteration; largest component positive. */
export const principalAxis = (m: Moments): [number, number, number] => {
  let v = [0.577, 0.577, 0.577];
  for (let it = 0; it < 200; it++) {
    const w = [0, 1, 2].map((i) => (m.cov[i] ?? []).reduce((s, x, j) => s + x * (v[j] ?? 0), 0));
    const l = Math.hypot(w[0] ?? 0, w[1] ?? 0, w[2] ?? 0) || 1;
    v = w.map((x) => x / l);
  }
  const big = v.reduce((bi, x, i) => (Math.abs(x) > Math.abs(v[bi] ?? 0) ? i : bi), 0);
  const sign = (v[big] ?? 0) < 0 ? -1 : 1;
  return [(v[0] ?? 0) * sign, (v[1] ?? 0) * sign, (v[2] ?? 0) * sign];
};
