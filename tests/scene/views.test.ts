import { describe, expect, it } from 'vitest';
import {
  CAMERA_FOV,
  CAMERA_LIMITS,
  DEFAULT_BODY_BOX,
  clampToBox,
  fitDistance,
  focusPose,
  presetPose,
  zoomOutLimit,
} from '../../src/scene/camera/views';
import { paintedExtents } from '../../src/scene/camera/framing';
import { nearestPreset, poseForRequest } from '../../src/scene/camera/requestPose';

const sub = (a: readonly number[], b: readonly number[]) => a.map((v, i) => v - (b[i] ?? 0));

describe('camera views', () => {
  it("puts the front camera at +Z, back at −Z, the body's left at +X and right at −X", () => {
    const pose = (p: 'front' | 'back' | 'left' | 'right') =>
      presetPose(p, DEFAULT_BODY_BOX, CAMERA_FOV, 1.6);
    expect(sub(pose('front').position, pose('front').target)[2]).toBeGreaterThan(1);
    expect(sub(pose('back').position, pose('back').target)[2]).toBeLessThan(-1);
    expect(sub(pose('left').position, pose('left').target)[0]).toBeGreaterThan(1);
    expect(sub(pose('right').position, pose('right').target)[0]).toBeLessThan(-1);
  });

  it('frames the whole body around mid-height, within the distance limits', () => {
    for (const aspect of [1.6, 390 / 844]) {
      const { position, target } = presetPose('front', DEFAULT_BODY_BOX, CAMERA_FOV, aspect);
      expect(target[1]).toBeCloseTo(0.875, 2);
      const d = Math.hypot(...sub(position, target));
      expect(d).toBeLessThanOrEqual(CAMERA_LIMITS.maxDistance);
      // The whole 1.75 m fits vertically and the arms horizontally.
      const halfV = Math.tan((CAMERA_FOV * Math.PI) / 360) * (d - 0.16);
      expect(halfV).toBeGreaterThan(0.875);
      expect(halfV * aspect).toBeGreaterThan(0.45);
    }
  });

  it('needs more distance for a narrower screen', () => {
    expect(fitDistance(0.5, 0.5, 32, 0.5)).toBeGreaterThan(fitDistance(0.5, 0.5, 32, 1.5));
  });

  it('focuses from the given direction, clamped to the limits and kept above the floor', () => {
    const near = focusPose(
      { target: [0, 1.5, 0], direction: [0, 0, 1], radius: 0.01 },
      CAMERA_FOV,
      1.6,
    );
    expect(Math.hypot(...sub(near.position, near.target))).toBeCloseTo(
      CAMERA_LIMITS.minDistance,
      5,
    );
    const low = focusPose(
      { target: [0, 0.05, 0], direction: [0, -0.45, 0.893], radius: 0.3 },
      CAMERA_FOV,
      1.6,
    );
    expect(low.position[1]).toBeGreaterThanOrEqual(CAMERA_LIMITS.minHeight);
  });

  it('measures painted extents on screen axes and re-centres the target', () => {
    // Two painted vertices 0.4 m apart vertically above the target, seen from the front.
    const positions = new Float32Array([0, 1.2, 0, 0, 1.6, 0, 5, 5, 5]);
    const coverage = new Float32Array([1, 0, 0, 0.9, 0, 0]);
    const e = paintedExtents(positions, coverage, [0, 1.2, 0], [0, 1.0, 0], [0, 0, 1]);
    expect(e.halfH).toBeCloseTo(0.3, 5); // from 1.0 (target) to 1.6
    expect(e.halfW).toBeGreaterThanOrEqual(0.09); // the minimum
    expect(e.center[1]).toBeCloseTo(1.3, 5);
    const pose = focusPose(
      { target: [0, 1, 0], direction: [0, 0, 1], radius: 0.3 },
      CAMERA_FOV,
      1.6,
      e,
    );
    expect(pose.target[1]).toBeCloseTo(1.3, 5);
  });

  it('clamps points into a box', () => {
    expect(clampToBox([2, -1, 0], DEFAULT_BODY_BOX)).toEqual([0.45, 0, 0]);
  });
});

describe('orbit limits', () => {
  it('pulls the orbit centre back onto the body, moving the camera with it, and keeps it above the floor', async () => {
    const { Vector3 } = await import('three');
    const { keepOrbitInBounds } = await import('../../src/scene/camera/orbitLimits');
    const target = new Vector3(2, 1, 0);
    const position = new Vector3(2, 1, 3);
    keepOrbitInBounds(target, position, DEFAULT_BODY_BOX, new Vector3());
    expect(target.x).toBeCloseTo(0.45, 9);
    expect(position.x).toBeCloseTo(0.45, 9);
    expect(position.z).toBe(3);
    const low = new Vector3(0, -0.5, 3);
    keepOrbitInBounds(new Vector3(0, 0.5, 0), low, DEFAULT_BODY_BOX, new Vector3());
    expect(low.y).toBe(CAMERA_LIMITS.minHeight);
  });
});

/** A pose context with the body and the camera only: no atlas, skin or markers. */
const ctx = {
  box: DEFAULT_BODY_BOX,
  fov: CAMERA_FOV,
  aspect: 1.6,
  atlas: null,
  surface: null,
  layout: null,
  painter: null,
};

describe('the whole body from the nearest side', () => {
  it('picks the preset nearest the current view, ignoring its height', () => {
    expect(nearestPreset([0.2, 0.9, -0.4])).toBe('back');
    expect(nearestPreset([0.9, -0.5, 0.3])).toBe('left');
    expect(nearestPreset([-0.6, 0, 0.5])).toBe('right');
    expect(nearestPreset([0.1, 0, 0.8])).toBe('front');
  });

  it('frames the whole body as that preset does', () => {
    expect(poseForRequest({ kind: 'whole' }, { ...ctx, viewDirection: [0.1, 0.2, -1] })).toEqual(
      presetPose('back', DEFAULT_BODY_BOX, CAMERA_FOV, 1.6),
    );
    expect(poseForRequest({ kind: 'whole' }, ctx)).toEqual(
      presetPose('front', DEFAULT_BODY_BOX, CAMERA_FOV, 1.6),
    );
  });
});

describe('turning to a marked region', () => {
  it('turns to the side the region faces when it is out of sight', () => {
    const back = { kind: 'face', direction: [0.1, 0.3, -0.9] } as const;
    expect(poseForRequest(back, { ...ctx, viewDirection: [0, 0.2, 1] })).toEqual(
      presetPose('back', DEFAULT_BODY_BOX, CAMERA_FOV, 1.6),
    );
    expect(poseForRequest(back, { ...ctx, viewDirection: [1, 0, 0.1] })).toEqual(
      presetPose('back', DEFAULT_BODY_BOX, CAMERA_FOV, 1.6),
    );
  });

  it('stays put when the region is in sight or faces up or down', () => {
    const back = { kind: 'face', direction: [0.1, 0.3, -0.9] } as const;
    expect(poseForRequest(back, { ...ctx, viewDirection: [0.5, 0.5, -1] })).toBeNull();
    const crown = { kind: 'face', direction: [0.1, 0.98, 0.1] } as const;
    expect(poseForRequest(crown, { ...ctx, viewDirection: [0, 0, 1] })).toBeNull();
  });
});

describe('zooming out', () => {
  const distance = (fov: number, aspect: number) => {
    const pose = presetPose('front', DEFAULT_BODY_BOX, fov, aspect);
    return Math.hypot(...sub(pose.position, pose.target));
  };

  it('keeps the usual limit where the whole body fits within it', () => {
    expect(zoomOutLimit(DEFAULT_BODY_BOX, CAMERA_FOV, 1.6)).toBe(CAMERA_LIMITS.maxDistance);
  });

  it('lets the whole body fit in the narrow strip a phone leaves', () => {
    // A phone's sheet and overlays leave about half the stage: a smaller visible fov.
    const fov = 17;
    const aspect = 0.78;
    expect(distance(fov, aspect)).toBeGreaterThan(CAMERA_LIMITS.maxDistance);
    expect(zoomOutLimit(DEFAULT_BODY_BOX, fov, aspect)).toBeGreaterThan(distance(fov, aspect));
  });
});

describe('focus distance', () => {
  it('may go beyond the usual limit, as far as zooming out is allowed there', () => {
    // A hip-to-ankle pattern (half height 0.5 m) in a narrow strip of the view.
    const view = { target: [0, 0.6, 0.1] as const, direction: [1, 0, 0] as const, radius: 0.5 };
    const far = (max?: number) => {
      const pose = focusPose(
        { ...view, target: [...view.target], direction: [...view.direction] },
        12,
        0.8,
        undefined,
        max,
      );
      return Math.hypot(...sub(pose.position, pose.target));
    };
    expect(far()).toBeCloseTo(CAMERA_LIMITS.maxDistance, 5);
    const limit = zoomOutLimit(DEFAULT_BODY_BOX, 12, 0.8);
    expect(limit).toBeGreaterThan(CAMERA_LIMITS.maxDistance);
    expect(far(limit)).toBeGreaterThan(CAMERA_LIMITS.maxDistance);
    expect(far(limit)).toBeLessThanOrEqual(limit);
  });
});
