/**
 * Keeps the skin's `zone` attribute painted for one trigger-point instance and hands out
 * coverage for camera focusing. Painting runs only when the instance changes (paintZones over
 * ~40k vertices is a few milliseconds); asking for another instance's coverage (a focus request
 * that is not the selection) fills a scratch buffer and leaves the painted skin alone.
 */
import type { TriggerPointInstance } from '../../domain/catalogue';
import { paintZones } from '../../domain/paint';
import type { InstanceKey } from '../../domain/ids';
import type { SkinSurface } from '../body/skinSurface';

export class ZonePainter {
  private paintedKey: InstanceKey | null = null;
  private scratch: Float32Array | null = null;
  private scratchKey: InstanceKey | null = null;

  constructor(private readonly surface: SkinSurface) {}

  /** The instance currently painted on the skin (null = none). */
  get painted(): InstanceKey | null {
    return this.paintedKey;
  }

  /**
   * Paint `instance` (or clear with null) into the zone attribute. Returns true when the
   * attribute changed and must be re-uploaded.
   */
  paint(instance: TriggerPointInstance | null): boolean {
    const key = instance?.key ?? null;
    if (key === this.paintedKey) return false;
    paintZones(
      instance,
      this.surface.positions,
      this.surface.normals,
      this.surface.zone.array as Float32Array,
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
      paintZones(instance, this.surface.positions, this.surface.normals, this.scratch);
      this.scratchKey = instance.key;
    }
    return this.scratch;
  }
}
