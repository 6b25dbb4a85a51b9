// @vitest-environment jsdom
/** The imported pack over the app store: start-up with a stored pack, import, remove, download. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { instanceKey } from '../../src/domain/ids';
import { atlasStore } from '../../src/state/store';
import { loadWithStoredPack, packStore } from '../../src/state/packs';
import { importPack, removePack, storedPackDownloads } from '../../src/state/packActions';
import { PACK_STORAGE_KEY } from '../../src/state/packStorage';
import { fixtureFiles } from '../support/fixture';
import { packMuscle, validateOver } from '../support/packs';
import { resetStore } from '../ui/fixtures';
import { sphereSkin } from '../support/sphereSkin';

const packFile = (json: unknown = { muscles: [packMuscle()] }) => ({
  name: 'clinic.json',
  text: JSON.stringify(json),
});

/** Boot as the app does and put the result in the store. */
async function boot() {
  const result = await loadWithStoredPack(validateOver(fixtureFiles()));
  if (result.ok) atlasStore.getState().actions.setAtlas(result.atlas);
  return result;
}

const hasPoint = (id: string) => atlasStore.getState().atlas?.triggerPointById.has(id as never);

beforeEach(() => {
  localStorage.clear();
  resetStore();
  packStore.setState({ active: null, storedIssues: null, importIssues: null, dialogOpen: false });
});
afterEach(() => vi.restoreAllMocks());

describe('data pack state', () => {
  it('boots the shipped atlas when nothing is stored', async () => {
    expect((await boot()).ok).toBe(true);
    expect(hasPoint('upper-trapezius-1')).toBe(true);
    expect(packStore.getState().active).toBeNull();
  });

  it('imports a pack: its trigger point joins the atlas, it is stored, and survives a restart', async () => {
    await boot();
    expect(await importPack([packFile()])).toBe(true);
    expect(hasPoint('pack-muscle-1')).toBe(true);
    const active = packStore.getState().active;
    expect(active).toMatchObject({ name: 'clinic', saved: true, fileNames: ['clinic.json'] });
    expect(active?.summary.triggerPoints).toBe(1);
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toContain('pack-muscle-1');

    resetStore();
    packStore.setState({ active: null });
    await boot();
    expect(hasPoint('pack-muscle-1')).toBe(true);
    expect(packStore.getState().active?.name).toBe('clinic');
  });

  it('keeps the current atlas and stored pack when an import fails', async () => {
    await boot();
    await importPack([packFile()]);
    const before = atlasStore.getState().atlas;
    const stored = localStorage.getItem(PACK_STORAGE_KEY);
    const bad = packMuscle('other');
    bad.triggerPoints[0].referral.essential.regions = ['nowhere'];
    expect(
      await importPack([{ name: 'broken.json', text: '{' }, packFile({ muscles: [bad] })]),
    ).toBe(false);
    expect(packStore.getState().importIssues?.[0]?.file).toBe('broken.json');
    expect(await importPack([packFile({ muscles: [bad] })])).toBe(false);
    expect(packStore.getState().importIssues?.[0]).toMatchObject({
      file: 'clinic.json',
      path: expect.stringMatching(/^muscles\[0\]\.triggerPoints\[0\]/),
    });
    expect(atlasStore.getState().atlas).toBe(before);
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBe(stored);
    expect(packStore.getState().active?.name).toBe('clinic');
  });

  it('removes the pack: shipped atlas, nothing stored, a pack selection let go', async () => {
    await boot();
    await importPack([packFile()]);
    atlasStore.getState().actions.select(instanceKey('pack-muscle-1' as never, 'right'));
    expect(atlasStore.getState().selection).not.toBeNull();
    await removePack();
    expect(hasPoint('pack-muscle-1')).toBe(false);
    expect(atlasStore.getState().selection).toBeNull();
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBeNull();
    expect(packStore.getState().active).toBeNull();
  });

  it('boots the shipped atlas from a damaged stored pack, keeps it and offers it back', async () => {
    localStorage.setItem(PACK_STORAGE_KEY, '{"version":1,"name":"clin');
    expect((await boot()).ok).toBe(true);
    expect(hasPoint('upper-trapezius-1')).toBe(true);
    expect(packStore.getState().storedIssues?.[0]?.message).toMatch(/not valid JSON/);
    expect(localStorage.getItem(PACK_STORAGE_KEY)).not.toBeNull();
    expect(storedPackDownloads()).toEqual([
      { name: 'trigger-point-atlas-stored-pack.json', text: '{"version":1,"name":"clin' },
    ]);
  });

  it('re-validates a stored pack that is no longer valid and names its file and path', async () => {
    await boot();
    await importPack([packFile()]);
    const stored = localStorage.getItem(PACK_STORAGE_KEY)!;
    // The shipped data changed: the region the pack refers to is gone.
    const base = fixtureFiles();
    (base['regions.json'] as { regions: { id: string }[] }).regions = (
      base['regions.json'] as { regions: { id: string }[] }
    ).regions.filter((r) => r.id !== 'temple');
    base['muscles/upper-trapezius.json'] = packMuscle('upper-trapezius');
    (base['muscles/upper-trapezius.json'] as any).triggerPoints[0].id = 'upper-trapezius-1';
    (base['muscles/upper-trapezius.json'] as any).triggerPoints[0].referral.essential.regions = [
      'mastoid',
    ];
    resetStore();
    const result = await loadWithStoredPack(validateOver(base));
    expect(result.ok).toBe(true);
    expect(packStore.getState().storedIssues?.[0]).toMatchObject({ file: 'clinic.json' });
    expect(packStore.getState().active).toBeNull();
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBe(stored);
    expect(storedPackDownloads()).toEqual([packFile()]);
  });

  it('refuses a pack whose trigger point lies outside the body the scene loaded', async () => {
    await boot();
    // A skin far from the pack's trigger point: a small ball of vertices at the origin.
    atlasStore.getState().actions.setSkin(sphereSkin([0, 0, 0], 0.1));
    expect(await importPack([packFile()])).toBe(false);
    expect(packStore.getState().importIssues?.[0]).toMatchObject({
      file: 'clinic.json',
      path: 'muscles[0].triggerPoints[0].position',
      message: expect.stringMatching(/outside the body/),
    });
    expect(hasPoint('pack-muscle-1')).toBe(false);
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBeNull();
  });

  it('still shows a pack the device would not store, marked as not saved', async () => {
    await boot();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(await importPack([packFile()])).toBe(true);
    expect(packStore.getState().active?.saved).toBe(false);
    expect(hasPoint('pack-muscle-1')).toBe(true);
  });
});
