/**
 * The camera: orbit controls for mouse and touch (one finger rotates, two pinch and pan),
 * limited to sensible distances, above the floor and with the target kept on the body; and the
 * moves the store asks for (camera.seq): presets, reset and focus on a trigger point, animated
 * in useFrame (instant with prefers-reduced-motion, and for the very first view). When the user
 * orbits away from a preset, `clearView()` is called once per gesture.
 */
import { useEffect, useMemo, useRef, type JSX } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { OrbitControls } from '@react-three/drei';
import { Vector3, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { atlasStore, useAtlasStore } from '../../state/store';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import type { ZonePainter } from '../paint/zonePainter';
import { poseForRequest } from './requestPose';
import { CameraTween, TWEEN_MS } from './tween';
import { keepOrbitInBounds } from './orbitLimits';
import {
  CAMERA_LIMITS,
  CAMERA_FOV,
  expandBox,
  zoomOutLimit,
  type Box,
  type CameraPose,
} from './views';
import { viewOffsetFor } from './insets';

export interface CameraRigProps {
  readonly box: Box;
  readonly surface: SkinSurface | null;
  readonly layout: MarkerLayout | null;
  readonly painter: ZonePainter | null;
}

/** Rotation (radians) that counts as "the user orbited away" from a preset. */
const ORBIT_AWAY = 0.05;

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export function CameraRig({ box, surface, layout, painter }: CameraRigProps): JSX.Element {
  const controls = useRef<OrbitControlsImpl>(null);
  // Read through get(): the camera is a mutable three.js object, not React state.
  const get = useThree((s) => s.get);
  const size = useThree((s) => s.size);
  const invalidate = useThree((s) => s.invalidate);
  const seq = useAtlasStore((s) => s.camera.seq);
  const atlas = useAtlasStore((s) => s.atlas);
  const insets = useAtlasStore((s) => s.viewInsets);
  const viewOffset = useMemo(
    () => viewOffsetFor(size.width, size.height, CAMERA_FOV, insets),
    [size.width, size.height, insets],
  );
  // True once the user has orbited since the last camera request: then a layout change (a
  // sheet snapping) must not pull the camera back to the requested pose.
  const userMoved = useRef(false);
  const tween = useMemo(() => new CameraTween(), []);
  const scratch = useMemo(
    () => ({ pos: new Float64Array(3), target: new Float64Array(3), v: new Vector3() }),
    [],
  );
  const gesture = useRef({ active: false, cleared: false, azimuth: 0, polar: 0 });
  const first = useRef(true);
  const panBox = useMemo(() => expandBox(box, 0.05), [box]);
  const maxDistance = useMemo(
    () => zoomOutLimit(box, viewOffset.visibleFov, viewOffset.visibleAspect),
    [box, viewOffset],
  );

  // Centre the view in the part of the canvas that panels leave uncovered.
  useEffect(() => {
    const camera = get().camera as PerspectiveCamera;
    const o = viewOffset.offset;
    if (o) camera.setViewOffset(o.fullW, o.fullH, o.x, o.y, o.w, o.h);
    else camera.clearViewOffset();
    camera.updateProjectionMatrix();
    invalidate();
  }, [viewOffset, get, invalidate]);

  const lastSeq = useRef(-1);
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const newRequest = lastSeq.current !== seq;
    lastSeq.current = seq;
    if (newRequest) userMoved.current = false;
    else if (userMoved.current) return;
    const camera = get().camera as PerspectiveCamera;
    const toCamera = scratch.v.subVectors(camera.position, c.target);
    const pose: CameraPose | null = poseForRequest(atlasStore.getState().camera.request, {
      box,
      fov: viewOffset.visibleFov,
      aspect: viewOffset.visibleAspect,
      atlas,
      surface,
      layout,
      painter,
      viewDirection: [toCamera.x, toCamera.y, toCamera.z],
      maxDistance,
    });
    if (!pose) return;
    if (first.current || prefersReducedMotion()) {
      first.current = false;
      tween.stop();
      c.enableDamping = true;
      camera.position.set(...pose.position);
      c.target.set(...pose.target);
      c.update();
    } else {
      // Damping would add its leftover spin to the animation; it is restored when the move ends.
      c.enableDamping = false;
      const t = c.target;
      const p = camera.position;
      tween.start(
        performance.now(),
        TWEEN_MS,
        [p.x, p.y, p.z],
        [t.x, t.y, t.z],
        pose.position,
        pose.target,
      );
    }
    invalidate();
    // camera.seq is the trigger; a layout change re-frames the last request unless the user
    // has moved the camera since.
  }, [seq, layout, viewOffset]); // eslint-disable-line react-hooks/exhaustive-deps

  useFrame(() => {
    const c = controls.current;
    if (!tween.running || !c) return;
    const camera = get().camera;
    const running = tween.step(performance.now(), scratch.pos, scratch.target);
    camera.position.set(scratch.pos[0] ?? 0, scratch.pos[1] ?? 0, scratch.pos[2] ?? 0);
    c.target.set(scratch.target[0] ?? 0, scratch.target[1] ?? 0, scratch.target[2] ?? 0);
    camera.lookAt(c.target);
    if (!running) c.enableDamping = true;
    invalidate();
  });

  const onStart = () => {
    const c = controls.current;
    if (!c) return;
    tween.stop();
    c.enableDamping = true;
    gesture.current = {
      active: true,
      cleared: false,
      azimuth: c.getAzimuthalAngle(),
      polar: c.getPolarAngle(),
    };
  };

  const onEnd = () => {
    gesture.current.active = false;
  };

  const onChange = () => {
    const c = controls.current;
    if (!c) return;
    const camera = get().camera;
    keepOrbitInBounds(c.target, camera.position, panBox, scratch.v);
    camera.lookAt(c.target);
    const g = gesture.current;
    if (g.active) userMoved.current = true;
    if (g.active && !g.cleared) {
      const turned =
        Math.abs(c.getAzimuthalAngle() - g.azimuth) + Math.abs(c.getPolarAngle() - g.polar);
      if (turned > ORBIT_AWAY) {
        g.cleared = true;
        atlasStore.getState().actions.clearView();
      }
    }
  };

  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enableDamping
      dampingFactor={0.12}
      rotateSpeed={0.8}
      zoomSpeed={0.9}
      panSpeed={0.8}
      minDistance={CAMERA_LIMITS.minDistance}
      maxDistance={maxDistance}
      minPolarAngle={CAMERA_LIMITS.minPolarAngle}
      maxPolarAngle={CAMERA_LIMITS.maxPolarAngle}
      onStart={onStart}
      onEnd={onEnd}
      onChange={onChange}
    />
  );
}
