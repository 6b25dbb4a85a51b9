/**
 * The anatomy layers below React: node names, the pure layer rules (skin appearance, picking
 * through the skin, which muscle a selection highlights, labels, click targets), merging the
 * model's muscles and bones into one geometry each, fibre detection, picking and highlight state.
 */
import { describe, expect, it } from 'vitest';
import { BufferAttribute, BufferGeometry, Ray, Vector3 } from 'three';
import { DEFAULT_LAYERS, type Layers } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import { extractAnatomy } from '../../src/scene/layers/anatomyModel';
import { findFibreAttribute, tendonFractions, tendonShare } from '../../src/scene/layers/fibre';
import {
  bonesDrawn,
  highlightTarget,
  instanceForMuscle,
  muscleLabel,
  musclesDrawn,
  musclesPickable,
  skinAppearance,
} from '../../src/scene/layers/layerRules';
import { MuscleLayer } from '../../src/scene/layers/muscleLayer';
import { MusclePicker } from '../../src/scene/layers/musclePicker';
import {
  isBoneNode,
  muscleNodeName,
  nameFromId,
  parseMuscleNode,
} from '../../src/scene/layers/nodeNames';
import { sceneAtlas } from './sceneFixture';
import { MUSCLE_BOX, TENDON_NODE, syntheticModel } from './layersAnatomy';
import { must } from './must';

const atlas = sceneAtlas();
const layers = (over: Partial<Layers>): Layers => ({ ...DEFAULT_LAYERS, ...over });

describe('node names', () => {
  it('parses and writes the muscle node scheme', () => {
    expect(parseMuscleNode('muscle.upper-trapezius.R')).toEqual({
      muscleId: 'upper-trapezius',
      side: 'right',
    });
    expect(parseMuscleNode('muscle.deltoid.L')).toEqual({ muscleId: 'deltoid', side: 'left' });
    for (const bad of [
      'muscle.deltoid',
      'muscle.Deltoid.R',
      'muscledeltoidR',
      'bone.femur.R',
      'muscle.-x.R',
    ])
      expect(parseMuscleNode(bad)).toBeNull();
    expect(muscleNodeName('deltoid', 'right')).toBe('muscle.deltoid.R');
    expect(muscleNodeName('deltoid', 'left')).toBe('muscle.deltoid.L');
  });

  it('recognises bone nodes and names unknown muscles readably', () => {
    expect(isBoneNode('bone.femur.R')).toBe(true);
    expect(isBoneNode('bone.sternum')).toBe(true);
    expect(isBoneNode('bones')).toBe(false);
    expect(nameFromId('extensor-carpi-ulnaris')).toBe('Extensor carpi ulnaris');
  });
});

describe('layer rules', () => {
  it('draws an opaque skin as before', () => {
    expect(skinAppearance(DEFAULT_LAYERS, false)).toEqual({
      visible: true,
      transparent: false,
      opacity: 1,
      zoneAlpha: [1, 1, 1],
    });
  });

  it('keeps the zones strongly opaque on a faded skin', () => {
    const a = skinAppearance(layers({ skinOpacity: 0.4 }), true);
    expect(a).toMatchObject({ visible: true, transparent: true, opacity: 0.4 });
    expect(a.zoneAlpha[0]).toBeGreaterThanOrEqual(0.85);
    expect(a.zoneAlpha[1]).toBeGreaterThanOrEqual(0.8);
    expect(a.zoneAlpha[2]).toBeGreaterThanOrEqual(0.4);
    // Spillover is lighter than essential, and nothing is below the skin's own opacity.
    expect(a.zoneAlpha[1]).toBeLessThanOrEqual(a.zoneAlpha[0]);
    const high = skinAppearance(layers({ skinOpacity: 0.95 }), true);
    expect(Math.min(...high.zoneAlpha)).toBe(0.95);
  });

  it('hides a fully faded or switched-off skin unless zones are painted on it', () => {
    expect(skinAppearance(layers({ skinOpacity: 0 }), false).visible).toBe(false);
    expect(skinAppearance(layers({ skin: false }), false).visible).toBe(false);
    const painted = skinAppearance(layers({ skin: false, skinOpacity: 0.7 }), true);
    expect(painted).toMatchObject({ visible: true, transparent: true, opacity: 0 });
  });

  it('draws and picks muscles only where they can be seen', () => {
    expect(musclesDrawn(DEFAULT_LAYERS)).toBe(false); // under an opaque skin
    expect(musclesDrawn(layers({ skinOpacity: 0.9 }))).toBe(true);
    expect(musclesDrawn(layers({ skin: false }))).toBe(true);
    expect(musclesDrawn(layers({ skin: false, muscles: false }))).toBe(false);
    expect(bonesDrawn(layers({ skin: false }))).toBe(false); // bones are off by default
    expect(bonesDrawn(layers({ skin: false, bones: true }))).toBe(true);
    expect(musclesPickable(layers({ skinOpacity: 0.9 }))).toBe(false);
    expect(musclesPickable(layers({ skinOpacity: 0.5 }))).toBe(true);
    expect(musclesPickable(layers({ skin: false }))).toBe(true);
    expect(musclesPickable(layers({ skin: false, muscles: false }))).toBe(false);
  });

  it('highlights the selected instance’s muscle on its own side', () => {
    expect(highlightTarget(atlas, 'upper-trapezius-1:right' as InstanceKey)).toBe(
      'muscle.upper-trapezius.R',
    );
    expect(highlightTarget(atlas, 'levator-scapulae-2:left' as InstanceKey)).toBe(
      'muscle.levator-scapulae.L',
    );
    expect(highlightTarget(atlas, null)).toBeNull();
    expect(highlightTarget(atlas, 'nope-1:left' as InstanceKey)).toBeNull();
    expect(highlightTarget(null, 'upper-trapezius-1:right' as InstanceKey)).toBeNull();
  });

  it('names a hovered muscle at the reading level, with its side', () => {
    const ref = { muscleId: 'levator-scapulae', side: 'left' } as const;
    expect(muscleLabel(atlas, ref, 'patient')).toBe('Levator scapulae (left)');
    expect(muscleLabel(atlas, ref, 'clinical')).toBe('Musculus levator scapulae (left)');
    expect(muscleLabel(atlas, { muscleId: 'teres-major', side: 'right' }, 'patient')).toBe(
      'Teres major (right)',
    );
  });

  it('turns a click on a muscle into its first trigger point on that side', () => {
    expect(instanceForMuscle(atlas, 'levator-scapulae', 'left')?.key).toBe(
      'levator-scapulae-1:left',
    );
    expect(instanceForMuscle(atlas, 'teres-major', 'left')).toBeNull();
  });
});

describe('anatomy from the model', () => {
  it('merges every muscle node into one world-space geometry with a muscle index', () => {
    const { muscles, bones } = extractAnatomy(syntheticModel());
    const set = must(muscles, 'muscles');
    expect(set.parts.map((p) => p.name)).toEqual([
      'muscle.levator-scapulae.R',
      'muscle.upper-trapezius.L',
      'muscle.upper-trapezius.R',
    ]);
    const right = must(set.parts[must(set.indexByName.get('muscle.upper-trapezius.R'))]);
    expect(right).toMatchObject({ muscleId: 'upper-trapezius', side: 'right' });
    // The node's scale and position are applied: the box is in the body frame.
    const box = MUSCLE_BOX['muscle.upper-trapezius.R'];
    expect(right.box.min.x).toBeCloseTo(box.center[0] - box.size[0] / 2, 5);
    expect(right.box.max.y).toBeCloseTo(box.center[1] + box.size[1] / 2, 5);
    // Each triangle's vertices carry its muscle's index.
    const index = must(set.geometry.getIndex());
    const muscleIndex = set.geometry.getAttribute('muscleIndex');
    for (let i = right.start; i < right.start + right.count; i++)
      expect(muscleIndex.getX(index.getX(i))).toBe(set.indexByName.get('muscle.upper-trapezius.R'));
    expect(set.parts.reduce((n, p) => n + p.count, 0)).toBe(index.count);
    // Boxes carry UVs, which the model uses for fibre coordinates.
    expect(set.fibre).toBe('across');
    expect(set.geometry.getAttribute('fibre').itemSize).toBe(2);
    expect(must(bones).getAttribute('position').count).toBe(48);
  });

  it('carries tendon ends from node extras as a per-vertex tendon share', () => {
    const set = must(extractAnatomy(syntheticModel()).muscles, 'muscles');
    expect(set.tendons).toBe(true);
    const index = must(set.geometry.getIndex());
    const tendon = set.geometry.getAttribute('tendon');
    const fibre = set.geometry.getAttribute('fibre');
    for (const part of set.parts) {
      const fractions = part.name === TENDON_NODE ? ([0.2, 0.3] as const) : ([0, 0] as const);
      for (let i = part.start; i < part.start + part.count; i++) {
        const v = index.getX(i);
        expect(tendon.getX(v)).toBeCloseTo(tendonShare(fibre.getX(v), fractions), 6);
      }
    }
    // A box's UVs are 0 or 1 at its corners: every vertex of the tendon node is at an end.
    const part = must(set.parts.find((p) => p.name === TENDON_NODE));
    expect(tendon.getX(index.getX(part.start))).toBe(1);
  });

  it('judges tendon shares along the fibre, and ignores malformed extras', () => {
    expect(tendonShare(0, [0.2, 0.3])).toBe(1);
    expect(tendonShare(0.5, [0.2, 0.3])).toBe(0);
    expect(tendonShare(1, [0.2, 0.3])).toBe(1);
    expect(tendonShare(0.15, [0.2, 0.3])).toBeGreaterThan(0);
    expect(tendonShare(0.15, [0.2, 0.3])).toBeLessThan(1);
    expect(tendonShare(0, [0, 0])).toBe(0);
    expect(tendonFractions({ tendon: [0.1, 0.25] })).toEqual([0.1, 0.25]);
    expect(tendonFractions({})).toBeNull();
    expect(tendonFractions({ tendon: [0.1] })).toBeNull();
    expect(tendonFractions({ tendon: ['0.1', 0.2] })).toBeNull();
    expect(tendonFractions({ tendon: [0.6, 0.6] })).toBeNull();
    expect(tendonFractions({ tendon: [0.05, 0.5] })).toEqual([0.05, 0.5]);
  });

  it('gives null parts for a skin-only model', () => {
    expect(extractAnatomy(syntheticModel(false))).toEqual({ muscles: null, bones: null });
  });

  it('prefers the across-fibre UVs and falls back to a fibre direction', () => {
    const geometry = (attrs: Record<string, number>) => {
      const g = new BufferGeometry();
      for (const [name, size] of Object.entries(attrs))
        g.setAttribute(name, new BufferAttribute(new Float32Array(3 * size), size));
      return g;
    };
    expect(findFibreAttribute([geometry({ position: 3, uv: 2, _fiber: 3 })])).toEqual({
      attribute: 'uv',
      kind: 'across',
    });
    expect(findFibreAttribute([geometry({ position: 3, _fiber: 3 })])).toEqual({
      attribute: '_fiber',
      kind: 'direction',
    });
    expect(findFibreAttribute([geometry({ position: 3 })])).toBeNull();
    expect(
      findFibreAttribute([geometry({ position: 3, uv: 2 }), geometry({ position: 3 })]),
    ).toBeNull();
  });
});

describe('muscle picking and highlight', () => {
  const set = must(extractAnatomy(syntheticModel()).muscles);

  it('picks the nearest muscle along a ray', () => {
    const picker = new MusclePicker(set);
    // From the front (+Z) through the right levator scapulae, which lies in front of the trapezius.
    const hit = picker.pick(new Ray(new Vector3(-0.07, 1.4, 2), new Vector3(0, 0, -1)));
    expect(set.parts[hit.index]?.name).toBe('muscle.levator-scapulae.R');
    const trap = picker.pick(new Ray(new Vector3(-0.12, 1.42, 2), new Vector3(0, 0, -1)));
    expect(set.parts[trap.index]?.name).toBe('muscle.upper-trapezius.R');
    expect(picker.pick(new Ray(new Vector3(0, 0.5, 2), new Vector3(0, 0, -1))).index).toBe(-1);
  });

  it('sets highlight, dimming and hover uniforms only on change', () => {
    const layer = new MuscleLayer(set);
    const u = layer.material.muscleUniforms;
    expect(layer.setHighlight('muscle.upper-trapezius.L')).toBe(true);
    expect(layer.setHighlight('muscle.upper-trapezius.L')).toBe(false);
    expect(u.uHighlight.value).toBe(set.indexByName.get('muscle.upper-trapezius.L'));
    expect(u.uDim.value).toBe(1);
    expect(layer.highlightedName).toBe('muscle.upper-trapezius.L');
    expect(layer.setHighlight('muscle.not-in-model.R')).toBe(true);
    expect([u.uHighlight.value, u.uDim.value, layer.highlightedName]).toEqual([-1, 0, null]);
    expect(layer.setHovered(1)).toBe(true);
    expect(layer.setHovered(1)).toBe(false);
    expect(u.uHover.value).toBe(1);
    layer.dispose();
  });
});
