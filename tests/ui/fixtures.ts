/**
 * Test atlas for UI tests: the mini-atlas fixture, loaded through the real validation boundary,
 * plus (for richer cases) optional texts on its trigger point and a second muscle in another
 * body region. Also resets the app store between tests.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAtlas, type DataFiles } from '../../src/domain/load';
import type { Atlas } from '../../src/domain/catalogue';
import { atlasStore, type AtlasState } from '../../src/state/store';

const FIXTURE_DIR = join(__dirname, '../fixtures/mini-atlas');

/** The mini-atlas files keyed by path relative to the fixture folder. */
export function miniAtlasFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.json'))
        files[relative(FIXTURE_DIR, path)] = JSON.parse(readFileSync(path, 'utf8'));
    }
  };
  walk(FIXTURE_DIR);
  return files;
}

const text = (patient: string, clinical: string) => ({ patient, clinical });

/** The mini atlas plus optional sections and a foot muscle referring to the heel. */
export function richAtlasFiles(): Record<string, unknown> {
  const files = miniAtlasFiles();
  const trap = files['muscles/upper-trapezius.json'] as {
    triggerPoints: Record<string, unknown>[];
  };
  Object.assign(trap.triggerPoints[0] ?? {}, {
    selfCare: text(
      'Press the sore spot gently for 30 seconds.',
      'Sustained ischaemic compression, 30–60 s.',
    ),
    needling: text(
      'You may feel a brief twitch and a dull ache.',
      'Local twitch response is common; post-needling soreness 24–48 h.',
    ),
  });
  const regions = files['regions.json'] as { regions: unknown[] };
  regions.regions.push({
    id: 'heel',
    group: 'foot',
    names: text('Heel', 'Plantar calcaneal region'),
    shapes: [{ kind: 'sphere', center: [-0.09, 0.03, 0.0], radius: 0.04 }],
  });
  files['muscles/abductor-hallucis.json'] = {
    id: 'abductor-hallucis',
    names: { common: 'Abductor hallucis', latin: 'Musculus abductor hallucis' },
    group: 'foot',
    origin: text('The inside of the heel bone.', 'Medial process of the calcaneal tuberosity.'),
    insertion: text(
      'The base of the big toe.',
      'Medial base of the proximal phalanx of the hallux.',
    ),
    action: text('Moves the big toe away from the others.', 'Abducts and flexes the hallux.'),
    innervation: {
      nerve: text('A nerve in the sole', 'Medial plantar nerve'),
      roots: ['S1', 'S2'],
    },
    sources: [{ source: 'ts-v1' }],
    triggerPoints: [
      {
        id: 'abductor-hallucis-1',
        name: text('Inside of the foot', 'TrP in the medial arch'),
        position: [-0.06, 0.04, 0.05],
        prevalence: 'common',
        location: text(
          'Along the inside edge of the foot.',
          'Medial border of the foot, mid-arch.',
        ),
        referral: {
          description: text('Into the inside of the heel.', 'Medial heel and instep.'),
          essential: { regions: ['heel'] },
          spillover: {},
        },
        symptoms: text('Heel pain when walking.', 'Medial heel pain on weight bearing.'),
        causes: text('Tight or stiff shoes.', 'Constrictive footwear; pes planus.'),
        mimics: text('Heel spur pain.', 'Plantar fasciitis; tarsal tunnel syndrome.'),
        selfCare: text('Roll the arch on a ball.', 'Self-massage of the medial arch.'),
        exercises: text('Toe spreading.', 'Intrinsic foot strengthening.'),
        needling: text('You lie on your side.', 'Side-lying; medial approach.'),
        precautions: text('Nerves run nearby.', 'Medial plantar neurovascular bundle.'),
        sources: [{ source: 'ts-v1', locator: 'vol. 2, ch. 26' }],
      },
    ],
  };
  return files;
}

/** Load files through the real boundary; fails the test with the issues if they are invalid. */
export function atlasFrom(files: DataFiles): Atlas {
  const result = loadAtlas(files);
  if (!result.ok)
    throw new Error(
      `fixture invalid:\n${result.issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join('\n')}`,
    );
  return result.atlas;
}

const initial: AtlasState = atlasStore.getState();

/** Put the app store back to its initial state, optionally with an atlas loaded. */
export function resetStore(atlas?: Atlas): void {
  atlasStore.setState(initial, true);
  if (atlas) initial.actions.setAtlas(atlas);
}
