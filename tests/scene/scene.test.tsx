// @vitest-environment jsdom
/**
 * The scene graph under @react-three/test-renderer (mock WebGL): one instanced marker draw for
 * every trigger point on both sides, selection paints the skin's zone attribute, and a click
 * on a marker's screen position selects that instance while a drag does not.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import type { InstancedBufferGeometry, Mesh, WebGLRenderer } from 'three';
import { AtlasScene } from '../../src/scene/AtlasScene';
import { atlasStore } from '../../src/state/store';
import { paintZones } from '../../src/domain/paint';
import type { InstanceKey } from '../../src/domain/ids';
import type { SkinSurface } from '../../src/scene/body/skinSurface';
import { installDomShims, pointer, sceneAtlas } from './sceneFixture';
import { syntheticSkin } from './syntheticSkin';
import { must } from './must';

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;

const atlas = sceneAtlas();
const actions = atlasStore.getState().actions;
let skin: SkinSurface;
let renderer: Renderer | null = null;
const grabbed: { gl: WebGLRenderer | null } = { gl: null };

/** Hands the test the renderer, whose canvas receives the pointer events. */
function GrabGl() {
  const gl = useThree((s) => s.gl);
  useEffect(() => {
    grabbed.gl = gl;
  }, [gl]);
  return null;
}

const canvasOf = (): HTMLCanvasElement => must(grabbed.gl, 'renderer').domElement;
const sceneHook = () => must(window.__TPA_SCENE__, 'window.__TPA_SCENE__');

async function mount(): Promise<Renderer> {
  renderer = await ReactThreeTestRenderer.create(
    <>
      <AtlasScene surface={skin} />
      <GrabGl />
    </>,
  );
  return renderer;
}

const markerMesh = (r: Renderer): Mesh =>
  must(
    r.scene.children.find((c) => c.instance.name === 'trigger-point-markers'),
    'marker mesh',
  ).instance as Mesh;

const act = ReactThreeTestRenderer.act;

beforeAll(() => {
  installDomShims();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(async () => {
  skin = syntheticSkin();
  await act(async () => {
    actions.setAtlas(atlas);
    actions.select(null);
    actions.resetView();
  });
});

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('scene', () => {
  it('draws every trigger point on both sides in one instanced mesh', async () => {
    const r = await mount();
    const triggerPoints = atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0);
    expect(triggerPoints).toBe(3);
    const markers = r.scene.findAll((n) => n.instance.name === 'trigger-point-markers');
    expect(markers).toHaveLength(1);
    const geometry = (must(markers[0]).instance as Mesh).geometry as InstancedBufferGeometry;
    expect(geometry.instanceCount).toBe(triggerPoints * 2);
    expect(geometry.getAttribute('iPoint').count).toBe(triggerPoints * 2);
    // Each side's marker lies on its own side of the midline.
    const p = geometry.getAttribute('iPoint');
    atlas.instances.forEach((inst, i) =>
      expect(Math.sign(p.getX(i))).toBe(inst.side === 'right' ? -1 : 1),
    );
  });

  it("paints the selected instance into the skin's zone attribute", async () => {
    await mount();
    const key = 'upper-trapezius-1:right' as InstanceKey;
    await act(async () => actions.select(key));
    const zone = skin.geometry.getAttribute('zone');
    expect(zone).toBe(skin.zone);
    const expected = new Float32Array(skin.vertexCount * 2);
    const summary = paintZones(
      must(atlas.instanceByKey.get(key)),
      skin.positions,
      skin.normals,
      expected,
    );
    expect(summary.essentialVertices).toBeGreaterThan(0);
    expect(Array.from(zone.array)).toEqual(Array.from(expected));
    await act(async () => actions.select(null));
    expect(Array.from(zone.array).some((v) => v !== 0)).toBe(false);
  });

  it('selects the instance whose marker is clicked, and not on a drag', async () => {
    const r = await mount();
    const key = 'levator-scapulae-2:right' as InstanceKey; // on the front of the right shoulder
    // Turn the camera to it (reduced motion: instantly), then clear the selection.
    await act(async () => actions.select(key));
    await act(async () => actions.select(null));
    expect(markerMesh(r)).toBeDefined();
    const hook = sceneHook();
    const at = hook.project(must(hook.markerPoint(key)));
    expect(at.visible).toBe(true);
    const canvas = canvasOf();

    // A drag starting on the marker is an orbit, not a click.
    await act(async () => {
      canvas.dispatchEvent(pointer('pointerdown', at.x, at.y));
      canvas.dispatchEvent(pointer('pointerup', at.x + 12, at.y + 4)); // still over the marker
    });
    expect(atlasStore.getState().selection).toBeNull();

    // A click a few pixels off the marker still hits it (generous radius).
    await act(async () => {
      canvas.dispatchEvent(pointer('pointerdown', at.x + 10, at.y - 8));
      canvas.dispatchEvent(pointer('pointerup', at.x + 10, at.y - 8));
    });
    expect(atlasStore.getState().selection).toBe(key);
  });

  it('does not select through the body or far from any marker', async () => {
    await mount();
    const hook = sceneHook();
    const canvas = canvasOf();
    // Front view: a point far from every marker.
    await act(async () => {
      canvas.dispatchEvent(pointer('pointerdown', 5, 5));
      canvas.dispatchEvent(pointer('pointerup', 5, 5));
    });
    expect(atlasStore.getState().selection).toBeNull();
    // The left-side levator scapulae 1 marker sits on the back: from the front it is hidden.
    const back = hook.project(must(hook.markerPoint('levator-scapulae-1:left')));
    await act(async () => {
      canvas.dispatchEvent(pointer('pointerdown', back.x, back.y));
      canvas.dispatchEvent(pointer('pointerup', back.x, back.y));
    });
    expect(atlasStore.getState().selection).toBeNull();
  });
});
