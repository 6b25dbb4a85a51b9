/**
 * The imported data pack: which one is active, what went wrong with the last import or with
 * the stored pack, and whether the packs dialog is open. Kept in a small store of its own next
 * to the app store, which only ever sees the resulting Atlas.
 *
 * Invariants: a pack is laid over the shipped data and validated by the same loader as the
 * shipped data (src/domain/packs.ts); a pack that fails leaves the current atlas untouched; the
 * stored pack is never deleted except by the user (a damaged one is kept so it can be
 * downloaded); nothing leaves the device.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Atlas } from '../domain/catalogue';
import type { AtlasIssue } from '../domain/issues';
import type { DataFiles, LoadResult } from '../domain/load';
import { nameIssues, parsePack, type ParsedPack } from '../domain/packs';
import { makePackRecord, parsePackRecord, type PackRecord } from '../domain/packRecord';
import { packAbout, packMuscleIds, summarizePack, type PackSummary } from '../domain/packSummary';
import { readStoredPack, removeStoredPack, writeStoredPack } from './packStorage';
import { atlasStore } from './store';

export interface ActivePack {
  readonly name: string;
  readonly about: string | null;
  readonly fileNames: readonly string[];
  readonly importedAt: string;
  readonly summary: PackSummary;
  /** Muscles the pack adds or replaces (their trigger points are marked as the pack's). */
  readonly muscleIds: readonly string[];
  /** False when the device would not store it: it lasts until the page is reloaded. */
  readonly saved: boolean;
}

export interface PackState {
  readonly active: ActivePack | null;
  /** Why the stored pack was not used at start-up; null when it was fine or there was none. */
  readonly storedIssues: readonly AtlasIssue[] | null;
  /** The last import's problems (cleared by the next attempt). */
  readonly importIssues: readonly AtlasIssue[] | null;
  readonly dialogOpen: boolean;
}

const INITIAL: PackState = {
  active: null,
  storedIssues: null,
  importIssues: null,
  dialogOpen: false,
};

export const packStore = createStore<PackState>()(() => INITIAL);

export const usePackStore = <T>(selector: (state: PackState) => T): T =>
  useStore(packStore, selector);

/**
 * Validates the shipped data with `extra` files laid over it (same key replaces, new keys add).
 * The app runs it in a worker, which holds the shipped data; tests pass a synchronous one.
 */
export type AtlasValidate = (extra: DataFiles) => LoadResult | Promise<LoadResult>;

/** The validator the app booted with; imports and removal use the same one. */
let validate: AtlasValidate | null = null;

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

/**
 * Start-up: the shipped atlas with the stored pack laid over it when there is one and it is
 * still valid; otherwise the shipped atlas alone, with the reason kept for the packs dialog.
 * `check` is the app's validator; imports later use the same one.
 */
export async function loadWithStoredPack(check: AtlasValidate): Promise<LoadResult> {
  validate = check;
  const raw = readStoredPack();
  if (raw === null) return check({});
  const record = parsePackRecord(raw);
  if (!record.ok) return storedPackFailed(record.issues, check);
  const { result, pack } = await loadRecord(record.record, check);
  if (!result.ok || !pack) return storedPackFailed(result.ok ? [] : result.issues, check);
  packStore.setState({ active: activePack(record.record, pack, true), storedIssues: null });
  return result;
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
  if (!validate) {
    const issues = [{ file: 'pack', path: '', message: 'the atlas has not finished loading' }];
    packStore.setState({ importIssues: issues });
    return false;
  }
  const record = makePackRecord(files, new Date());
  const { result, pack } = await loadRecord(record, validate);
  if (!result.ok || !pack) {
    packStore.setState({ importIssues: result.ok ? [] : result.issues });
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
  packStore.setState({ active: null, storedIssues: null, importIssues: null });
  if (!wasActive || !validate) return;
  const shipped = await validate({});
  if (shipped.ok) applyAtlas(shipped.atlas);
}

export const openPacks = (): void => packStore.setState({ dialogOpen: true });
export const closePacks = (): void => packStore.setState({ dialogOpen: false });
