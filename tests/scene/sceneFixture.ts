/**
 * Scene-test setup: the fixture atlas plus a second muscle (so there is more than one trigger
 * point), a synthetic skin, a jsdom canvas with the pointer-capture methods jsdom lacks, and
 * reduced motion so camera moves finish at once.
 */
import { loadAtlas } from '../../src/domain/load';
import type { Atlas } from '../../src/domain/catalogue';
import { fixtureFiles } from '../support/fixture';
import { must } from './must';

/** The mini atlas with an extra muscle holding two trigger points: 3 trigger points in all. */
export function sceneAtlas(): Atlas {
  const files = fixtureFiles();
  const base = structuredClone(files['muscles/upper-trapezius.json']) as {
    id: string;
    names: { common: string };
    triggerPoints: { id: string; position: number[] }[];
  };
  base.id = 'levator-scapulae';
  base.names = {
    ...base.names,
    common: 'Levator scapulae',
    latin: 'Musculus levator scapulae',
    synonyms: [],
  } as typeof base.names;
  rewriteTexts(base, 'levator');
  const tp = must(base.triggerPoints[0]);
  base.triggerPoints = [
    { ...structuredClone(tp), id: 'levator-scapulae-1', position: [-0.06, 1.44, -0.06] },
    { ...structuredClone(tp), id: 'levator-scapulae-2', position: [-0.12, 1.32, 0.06] },
  ];
  base.triggerPoints.forEach((t, i) => rewriteTexts(t, `point ${i + 1}`));
  const result = loadAtlas({ ...files, 'muscles/levator-scapulae.json': base });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.atlas;
}

/** Give every two-level text its own wording: the loader rejects sentences copied between muscles. */
function rewriteTexts(node: unknown, tag: string, path = ''): void {
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    const here = path ? `${path} ${key}` : key;
    if (value && typeof value === 'object' && 'patient' in value && 'clinical' in value) {
      (node as Record<string, unknown>)[key] = {
        patient: `Synthetic ${tag} ${here} wording for readers.`,
        clinical: `Synthetic ${tag} ${here} wording for clinicians.`,
      };
    } else rewriteTexts(value, tag, here);
  }
}

/** jsdom has no pointer capture and no matchMedia; OrbitControls and the camera use both. */
export function installDomShims(): void {
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.setPointerCapture ??= () => {};
  proto.releasePointerCapture ??= () => {};
  proto.hasPointerCapture ??= () => false;
  window.matchMedia = ((query: string) => ({
    matches: query.includes('reduce'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
}

/** A pointer event jsdom can dispatch (it has no PointerEvent constructor of its own). */
export function pointer(type: string, x: number, y: number, pointerType = 'mouse'): Event {
  const e = new MouseEvent(type, {
    clientX: x,
    clientY: y,
    bubbles: true,
    button: 0,
    buttons: type === 'pointerup' ? 0 : 1,
  });
  Object.defineProperty(e, 'pointerId', { value: 1 });
  Object.defineProperty(e, 'pointerType', { value: pointerType });
  return e;
}
