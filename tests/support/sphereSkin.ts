/** A sphere of vertices with outward normals, as flat skin arrays: a stand-in skin for tests. */
export function sphereSkin(
  center: readonly [number, number, number],
  radius: number,
): { positions: Float32Array; normals: Float32Array } {
  const positions: number[] = [];
  const normals: number[] = [];
  for (let i = 0; i <= 60; i++)
    for (let j = 0; j < 120; j++) {
      const t = (i / 60) * Math.PI;
      const p = (j / 120) * 2 * Math.PI;
      const n = [Math.sin(t) * Math.cos(p), Math.cos(t), Math.sin(t) * Math.sin(p)];
      normals.push(...n);
      positions.push(...n.map((v, k) => (center[k] ?? 0) + radius * v));
    }
  return { positions: new Float32Array(positions), normals: new Float32Array(normals) };
}
