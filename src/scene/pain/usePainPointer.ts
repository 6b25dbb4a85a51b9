/**
 * Pointer input for the pain finder, on the canvas itself (see gesture.ts for the rule): a tap
 * on the skin adds a spot mark; press-and-hold then drag (or a modifier key with a mouse) paints
 * an area, added as one mark when the finger lifts. Every other drag is left to the orbit
 * controls. The listener runs in the capture phase, before the controls (which listen on the
 * canvas's parent), so it can switch them off for a stroke before they start to rotate.
 * While a stroke is painted, points go to `onPreview` (at most once per animation frame); the
 * store changes only when the mark is finished.
 */
import { useEffect, useMemo } from 'react';
import { useThree } from '@react-three/fiber';
import { atlasStore } from '../../state/store';
import type { Vec3 } from '../../domain/vec';
import { distance } from '../../domain/vec';
import type { SkinSurface } from '../body/skinSurface';
import { HOLD_MS, PaintGesture, type GestureAction } from './gesture';
import { SkinRaycaster, type SkinHit } from './skinRaycaster';
import { thinStroke, toMillimetres } from './stroke';

/** Raw stroke points closer than this (metres) to the last one are skipped. */
const RAW_SPACING = 0.004;
/** Longest raw stroke kept in memory (points); thinning keeps ≤ 64 of them. */
const RAW_LIMIT = 2000;

interface Controls {
  enabled: boolean;
}

export function usePainPointer(
  surface: SkinSurface,
  onPreview: (stroke: readonly SkinHit[] | null) => void,
): void {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const raycaster = useMemo(() => new SkinRaycaster(surface), [surface]);

  useEffect(() => {
    const el = gl.domElement;
    const gesture = new PaintGesture();
    let pressHit: SkinHit | null = null;
    let stroke: SkinHit[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    let pending: { x: number; y: number } | null = null;

    const local = (e: PointerEvent): [number, number] => {
      const r = el.getBoundingClientRect();
      return [e.clientX - r.left, e.clientY - r.top];
    };
    const hitAt = (x: number, y: number): SkinHit | null => {
      const { camera, size } = get();
      return raycaster.hit(x, y, size.width, size.height, camera);
    };
    const setOrbit = (on: boolean) => {
      const controls = get().controls as Controls | null;
      if (controls) controls.enabled = on;
    };
    const addPoint = (hit: SkinHit | null) => {
      const last = stroke[stroke.length - 1];
      if (!hit || stroke.length >= RAW_LIMIT) return;
      if (last && distance(last.point, hit.point) < RAW_SPACING) return;
      stroke.push(hit);
    };
    const flush = () => {
      frame = 0;
      if (pending) addPoint(hitAt(pending.x, pending.y));
      pending = null;
      onPreview(stroke);
    };
    const addMark = (points: readonly Vec3[]) => {
      if (points.length > 0)
        atlasStore
          .getState()
          .actions.addPainMark({ kind: 'spot', points: points.map(toMillimetres) });
    };
    const finish = (action: GestureAction) => {
      clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      if (action === 'tap' && pressHit) addMark([pressHit.point]);
      if (action === 'end-paint') {
        if (pending) addPoint(hitAt(pending.x, pending.y));
        addMark(thinStroke(stroke.map((h) => h.point)));
      }
      if (action === 'end-paint' || action === 'cancel') {
        stroke = [];
        onPreview(null);
        setOrbit(true);
      }
      pending = null;
    };
    const startPaint = () => {
      setOrbit(false);
      stroke = pressHit ? [pressHit] : [];
      navigator.vibrate?.(12);
      onPreview(stroke);
    };

    const onDown = (e: PointerEvent) => {
      if (e.pointerType === 'mouse' && e.button !== 0) return;
      if (gesture.phase !== 'idle') {
        finish(gesture.down(e.pointerId, 0, 0, performance.now(), true));
        return;
      }
      const [x, y] = local(e);
      pressHit = hitAt(x, y);
      if (!pressHit) return; // Off the body: an orbit drag.
      const modifier = e.pointerType === 'mouse' && (e.shiftKey || e.ctrlKey || e.altKey);
      const touch = e.pointerType !== 'mouse';
      const action = gesture.down(e.pointerId, x, y, performance.now(), touch, modifier);
      if (action === 'start-paint') startPaint();
      else
        timer = setTimeout(() => {
          if (gesture.tick(performance.now()) === 'start-paint') startPaint();
        }, HOLD_MS + 10);
    };
    const onMove = (e: PointerEvent) => {
      if (gesture.phase === 'idle') return;
      const [x, y] = local(e);
      const action = gesture.move(e.pointerId, x, y);
      if (gesture.phase === 'orbiting') clearTimeout(timer);
      if (action !== 'paint') return;
      pending = { x, y };
      if (!frame) frame = requestAnimationFrame(flush);
    };
    const onUp = (e: PointerEvent) => {
      if (gesture.phase === 'idle') return;
      finish(gesture.up(e.pointerId));
    };
    const onCancel = () => finish(gesture.cancel());
    // A long press on a touch screen would open the context menu over the body.
    const onContextMenu = (e: Event) => e.preventDefault();

    // Moves and releases are followed on the document: the orbit controls capture the pointer
    // on the canvas's parent, so after a hold the canvas itself no longer receives them.
    const doc = el.ownerDocument;
    el.addEventListener('pointerdown', onDown, { capture: true });
    doc.addEventListener('pointermove', onMove);
    doc.addEventListener('pointerup', onUp);
    doc.addEventListener('pointercancel', onCancel);
    el.addEventListener('contextmenu', onContextMenu);
    return () => {
      el.removeEventListener('pointerdown', onDown, { capture: true });
      doc.removeEventListener('pointermove', onMove);
      doc.removeEventListener('pointerup', onUp);
      doc.removeEventListener('pointercancel', onCancel);
      el.removeEventListener('contextmenu', onContextMenu);
      clearTimeout(timer);
      if (frame) cancelAnimationFrame(frame);
      setOrbit(true);
      onPreview(null);
    };
  }, [gl, get, raycaster, onPreview]);
}
