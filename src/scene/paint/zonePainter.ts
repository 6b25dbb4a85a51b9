/**
 * Keeps the skin's `zone` attribute painted for one trigger-point instance and hands out
 * coverage for camera focusing. Painting runs only when the instance changes, and visits only
 * the vertices near the zones (paintZonesNear over a vertex grid built on first use): about a
 * millisecond instead of a pass over all ~51k skin vertices, so the zones make the very next
 * frame. Asking for another instance's coverage (a focus request that is not the selection)
 * fills a scratch buffer and leaves the painted skin alone.
 */
import type { TriggerPointInstance } from '../../domain/catalogue';
import { paintZonesNear } from '../../domain/paint';
import type { InstanceKey } from '../../domain/ids';
import { buildVertexGrid, type VertexGrid } from '../../domain/vertexGrid';
import type { SkinSurface } from '../body/skinSurface';

export class ZonePainter {
  private paintedKey: InstanceKey | null = null;
  private painted_: number[] = [];
  private scratch: Float32Array | null = null;
  private scratchKey: InstanceKey | null = null;
  private scratchWritten: number[] = [];
  private grid_: VertexGrid | null = null;

  /**
   * Starts from a clear skin: a surface outlives its scene (a remount after a lost context
   * reuses it) and may still carry the last painter's zones.
   */
  constructor(private readonly surface: SkinSurface) {
    (surface.zone.array as Float32Array).fill(0);
    surface.zone.needsUpdate = true;
  }

  /** The instance currently painted on the skin (null = none). */
  get painted(): InstanceKey | null {
    return this.paintedKey;
  }

  private get grid(): VertexGrid {
    this.grid_ ??= buildVertexGrid(this.surface.positions);
    return this.grid_;
  }

  /**
   * Paint `instance` (or clear with null) into the zone attribute. Returns true when the
   * attribute changed and must be re-uploaded.
   */
  paint(instance: TriggerPointInstance | null): boolean {
    const key = instance?.key ?? null;
    if (key === this.paintedKey) return false;
    this.painted_ = paintZonesNear(
      instance,
      this.surface.positions,
      this.surface.normals,
      this.surface.zone.array as Float32Array,
      this.grid,
      this.painted_,
    );
    this.surface.zone.needsUpdate = true;
    this.paintedKey = key;
    return true;
  }

  /** Coverage (2 values per vertex) of `instance`, reusing the painted attribute when it matches. */
  coverage(instance: TriggerPointInstance): Float32Array {
    if (instance.key === this.paintedKey) return this.surface.zone.array as Float32Array;
    if (instance.key !== this.scratchKey || !this.scratch) {
      this.scratch ??= new Float32Array(this.surface.vertexCount * 2);
      this.scratchWritten = paintZonesNear(
        instance,
        this.surface.positions,
        this.surface.normals,
        this.scratch,
        this.grid,
        this.scratchWritten,
      );
      this.scratchKey = instance.key;
    }
    return this.scratch;
  }
}
