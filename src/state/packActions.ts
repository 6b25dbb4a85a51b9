/**
 * What happens to packs: start-up with a stored pack, import, removal and download. Loaded on
 * demand (see packs.ts): it brings the pack record's schema, which the page does not need
 * until a pack is stored or imported.
 */
import type { Atlas } from '../domain/catalogue';
import type { AtlasIssue } from '../domain/issues';
import type { LoadResult } from '../domain/load';
import { locateMuscleIssues, nameIssues, parsePack, type ParsedPack } from '../domain/packs';
import { checkTriggerPointsAgainstSkin } from '../domain/surface';
import { vertexSkinQuery } from '../domain/vertexSkinQuery';
import { makePackRecord, parsePackRecord, type PackRecord } from '../domain/packRecord';
import { packAbout, packMuscleIds, summarizePack } from '../domain/packSummary';
import type { SkinArrays } from '../domain/marks';
import type { SkinQuery } from '../domain/surface';
import { readStoredPack, removeStoredPack, writeStoredPack } from './packStorage';
import { packStore, packValidator, type ActivePack, type AtlasValidate } from './packs';
import { atlasStore } from './store';

function activePack(record: PackRecord, pack: ParsedPack, saved: boolean): ActivePack {
  return {
    name: record.name,
    about: packAbout(pack.files),
    fileNames: record.files.map((f) => f.name),
    importedAt: record.importedAt,
    summary: summarizePack(pack.files),
    muscleIds: packMuscleIds(pack.files),
    saved,
  };
}

/** Validate a record's files over the shipped data, issues named by the user's file names. */
async function loadRecord(
  record: PackRecord,
  check: AtlasValidate,
): Promise<{ result: LoadResult; pack?: ParsedPack }> {
  const parsed = parsePack(record.files);
  if (!parsed.ok) return { result: { ok: false, issues: parsed.issues } };
  const result = await check(parsed.pack.files);
  if (result.ok) return { result, pack: parsed.pack };
  return { result: { ok: false, issues: nameIssues(result.issues, parsed.pack) } };
}

function storedPackFailed(issues: readonly AtlasIssue[], check: AtlasValidate) {
  packStore.setState({ storedIssues: issues, active: null });
  return check({});
}

/** Start-up with a stored pack (its raw text): laid over the shipped data when still valid. */
export async function bootStoredPack(raw: string, check: AtlasValidate): Promise<LoadResult> {
  const record = parsePackRecord(raw);
  if (!record.ok) return storedPackFailed(record.issues, check);
  const { result, pack } = await loadRecord(record.record, check);
  if (!result.ok || !pack) return storedPackFailed(result.ok ? [] : result.issues, check);
  packStore.setState({ active: activePack(record.record, pack, true), storedIssues: null });
  return result;
}

const skinQueries = new WeakMap<SkinArrays, SkinQuery>();

/**
 * The pack's trigger points against the body's skin, as the CLI checks the shipped data: under
 * the skin, not too deep, zones touching it. Needs the skin the scene loaded; without it (no
 * WebGL, or not loaded yet) there is nothing to check against and the pack is taken as it is.
 */
function packSurfaceIssues(atlas: Atlas, pack: ParsedPack): AtlasIssue[] {
  const skin = atlasStore.getState().skin;
  if (!skin) return [];
  let query = skinQueries.get(skin);
  if (!query) {
    query = vertexSkinQuery(skin);
    skinQueries.set(skin, query);
  }
  const issues = checkTriggerPointsAgainstSkin(atlas, query, new Set(packMuscleIds(pack.files)));
  return locateMuscleIssues(issues, pack);
}

/** Show a new atlas, letting go of a selection, pain marks or Learn page it no longer has. */
function applyAtlas(atlas: Atlas): void {
  const { actions, selection, painMarks, learn } = atlasStore.getState();
  actions.setAtlas(atlas);
  if (selection && !atlas.instanceByKey.has(selection)) actions.select(null);
  for (let i = painMarks.length - 1; i >= 0; i--) {
    const mark = painMarks[i];
    if (mark?.kind === 'region' && !atlas.regionById.has(mark.id)) actions.removePainMark(i);
  }
  if (learn?.kind === 'article' && !atlas.articleById.has(learn.id)) actions.closeLearn();
  if (learn?.kind === 'term' && !atlas.glossaryById.has(learn.id)) actions.closeLearn();
}

/**
 * Import the user's files as the pack (replacing any pack before it). Returns true when the
 * pack is now active; on any problem the current atlas and stored pack stay as they were.
 */
export async function importPack(
  files: readonly { name: string; text: string }[],
): Promise<boolean> {
  const validate = packValidator();
  if (!validate) {
    const issues = [{ file: 'pack', path: '', message: 'the atlas has not finished loading' }];
    packStore.setState({ importIssues: issues });
    return false;
  }
  const record = makePackRecord(files, new Date());
  const { result, pack } = await loadRecord(record, validate);
  const surface = result.ok && pack ? packSurfaceIssues(result.atlas, pack) : [];
  if (!result.ok || !pack || surface.length > 0) {
    packStore.setState({ importIssues: result.ok ? surface : result.issues });
    return false;
  }
  const saved = writeStoredPack(record);
  applyAtlas(result.atlas);
  packStore.setState({
    active: activePack(record, pack, saved),
    importIssues: null,
    storedIssues: null,
  });
  return true;
}

/** Problems found before reading files (e.g. too large to read), shown like import problems. */
export const reportImportIssues = (issues: readonly AtlasIssue[]): void =>
  packStore.setState({ importIssues: issues });

/** Forget the pack on this device and return to the shipped atlas. */
export async function removePack(): Promise<void> {
  removeStoredPack();
  const wasActive = packStore.getState().active !== null;
  const validate = packValidator();
  packStore.setState({ active: null, storedIssues: null, importIssues: null });
  if (!wasActive || !validate) return;
  const shipped = await validate({});
  if (shipped.ok) applyAtlas(shipped.atlas);
}

/** The stored pack as files to download: its own files, or the raw record if it is damaged. */
export function storedPackDownloads(): { name: string; text: string }[] {
  const raw = readStoredPack();
  if (raw === null) return [];
  const record = parsePackRecord(raw);
  if (record.ok) return record.record.files.map((f) => ({ name: f.name, text: f.text }));
  return [{ name: 'trigger-point-atlas-stored-pack.json', text: raw }];
}
