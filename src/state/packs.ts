/**
 * The imported data pack: which one is active, what went wrong with the last import or with
 * the stored pack, and whether the packs dialog is open. Kept in a small store of its own next
 * to the app store, which only ever sees the resulting Atlas.
 *
 * Invariants: a pack is laid over the shipped data and validated by the same loader as the
 * shipped data (src/domain/packs.ts); a pack that fails leaves the current atlas untouched; the
 * stored pack is never deleted except by the user (a damaged one is kept so it can be
 * downloaded); nothing leaves the device.
 *
 * This module is on the page's start-up path, so it holds only the store: reading, checking
 * and storing packs (packActions.ts, which needs the record schema) loads when there is a
 * stored pack or the user imports one.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AtlasIssue } from '../domain/issues';
import type { DataFiles, LoadResult } from '../domain/load';
import type { PackSummary } from '../domain/packSummary';
import { readStoredPack } from './packStorage';

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

/** The validator set at start-up, or null before the atlas has started loading. */
export const packValidator = (): AtlasValidate | null => validate;

/**
 * Start-up: the shipped atlas with the stored pack laid over it when there is one and it is
 * still valid; otherwise the shipped atlas alone, with the reason kept for the packs dialog.
 * `check` is the app's validator; imports later use the same one.
 */
export async function loadWithStoredPack(check: AtlasValidate): Promise<LoadResult> {
  validate = check;
  const raw = readStoredPack();
  if (raw === null) return check({});
  const { bootStoredPack } = await import('./packActions');
  return bootStoredPack(raw, check);
}

export const openPacks = (): void => packStore.setState({ dialogOpen: true });
export const closePacks = (): void => packStore.setState({ dialogOpen: false });
