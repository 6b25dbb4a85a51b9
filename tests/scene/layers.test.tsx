// @vitest-environment jsdom
/**
 * The anatomy layers in the scene graph (@react-three/test-renderer, mock WebGL): muscles and
 * bones are one mesh each (plus the highlighted muscle's see-through view) and follow the Layers settings without a React re-render; the
 * selection highlights its muscle on its side (read through the test hook); the skin turns
 * transparent when faded and, once hidden, is still drawn while zones are painted; a skin-only
 * model draws no anatomy and says so.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import ReactThreeTestRenderer from '@react-three/test-renderer';
import type { Mesh, MeshStandardMaterial } from 'three';
import { AtlasScene } from '../../src/scene/AtlasScene';
import { extractAnatomy, type AnatomyParts } from '../../src/scene/layers/anatomyModel';
import { DEFAULT_LAYERS, atlasStore } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import { installDomShims, sceneAtlas } from './sceneFixture';
import { syntheticSkin } from './syntheticSkin';
import { syntheticModel } from './layersAnatomy';
import { must } from './must';

type Renderer = Awaited<ReturnType<typeof ReactThreeTestRenderer.create>>;

const atlas = sceneAtlas();
const actions = atlasStore.getState().actions;
const act = ReactThreeTestRenderer.act;
let renderer: Renderer | null = null;

async function mount(anatomy: AnatomyParts | null): Promise<Renderer> {
  renderer = await ReactThreeTestRenderer.create(
    <AtlasScene surface={syntheticSkin(24)} anatomy={anatomy} />,
  );
  return renderer;
}

const meshNamed = (r: Renderer, name: string): Mesh | undefined =>
  r.scene.children.find((c) => c.instance.name === name)?.instance as Mesh | undefined;
const hook = () => must(window.__TPA_SCENE__, 'window.__TPA_SCENE__');

beforeAll(() => {
  installDomShims();
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

beforeEach(async () => {
  await act(async () => {
    actions.setAtlas(atlas);
    actions.select(null);
    actions.setLayer('skin', DEFAULT_LAYERS.skin);
    actions.setLayer('muscles', DEFAULT_LAYERS.muscles);
    actions.setLayer('bones', DEFAULT_LAYERS.bones);
    actions.setSkinOpacity(DEFAULT_LAYERS.skinOpacity);
  });
});

afterEach(async () => {
  await renderer?.unmount();
  renderer = null;
});

describe('anatomy layers in the scene', () => {
  it('draws all muscles in one mesh and all bones in another, following the toggles', async () => {
    const r = await mount(extractAnatomy(syntheticModel()));
    const muscles = must(meshNamed(r, 'muscles'), 'muscle mesh');
    const bones = must(meshNamed(r, 'bones'), 'bone mesh');
    // skin, muscles, the highlighted muscle's see-through ghost, bones, markers
    expect(r.scene.findAll((n) => n.type === 'Mesh').length).toBe(5);
    const ghost = must(meshNamed(r, 'highlighted-muscle-ghost'), 'ghost mesh');
    // Under an opaque skin nothing inside is drawn.
    expect([muscles.visible, bones.visible]).toEqual([false, false]);
    await act(async () => actions.setSkinOpacity(0.4));
    expect([muscles.visible, bones.visible]).toEqual([true, false]);
    await act(async () => actions.setLayer('bones', true));
    expect(bones.visible).toBe(true);
    expect(ghost.visible).toBe(false);
    await act(async () => actions.select('upper-trapezius-1:right' as InstanceKey));
    expect(ghost.visible).toBe(true);
    await act(async () => actions.setLayer('muscles', false));
    expect([muscles.visible, ghost.visible]).toEqual([false, false]);
  });

  it('highlights the selected muscle on the selected side', async () => {
    await mount(extractAnatomy(syntheticModel()));
    await act(async () => actions.setSkinOpacity(0.5));
    expect(hook().highlightedMuscle()).toBeNull();
    await act(async () => actions.select('upper-trapezius-1:right' as InstanceKey));
    expect(hook().highlightedMuscle()).toBe('muscle.upper-trapezius.R');
    await act(async () => actions.select('upper-trapezius-1:left' as InstanceKey));
    expect(hook().highlightedMuscle()).toBe('muscle.upper-trapezius.L');
    // A muscle the model does not have: nothing highlighted, nothing dimmed.
    await act(async () => actions.select('levator-scapulae-1:left' as InstanceKey));
    expect(hook().highlightedMuscle()).toBeNull();
    await act(async () => actions.select(null));
    expect(hook().highlightedMuscle()).toBeNull();
  });

  it('fades the skin without hiding the painted zones', async () => {
    const r = await mount(extractAnatomy(syntheticModel()));
    const skin = must(meshNamed(r, 'skin'), 'skin mesh');
    const material = skin.material as MeshStandardMaterial;
    expect([material.transparent, material.depthWrite]).toEqual([false, true]);
    await act(async () => actions.setSkinOpacity(0.4));
    expect([material.transparent, material.depthWrite, material.opacity]).toEqual([
      true,
      false,
      0.4,
    ]);
    await act(async () => actions.setSkinOpacity(0));
    expect(skin.visible).toBe(false);
    await act(async () => actions.select('upper-trapezius-1:right' as InstanceKey));
    expect(skin.visible).toBe(true); // only its zones are drawn
    await act(async () => actions.select(null));
    expect(skin.visible).toBe(false);
    await act(async () => actions.setSkinOpacity(1));
    expect([skin.visible, material.transparent]).toEqual([true, false]);
  });

  it('draws no anatomy for a skin-only model and reports that it has none', async () => {
    const r = await mount(extractAnatomy(syntheticModel(false)));
    expect(meshNamed(r, 'muscles')).toBeUndefined();
    expect(meshNamed(r, 'bones')).toBeUndefined();
    expect(atlasStore.getState().modelParts).toEqual({ muscles: 0, bones: false });
    expect(hook().highlightedMuscle()).toBeNull();
  });

  it('reports the model’s muscles and bones for the Layers control', async () => {
    await mount(extractAnatomy(syntheticModel()));
    expect(atlasStore.getState().modelParts).toEqual({ muscles: 3, bones: true });
    await renderer?.unmount();
    renderer = null;
    expect(atlasStore.getState().modelParts).toBeNull();
  });
});
