/**
 * The atlas data the app validates at start-up, and the one place where "the files to
 * validate" are assembled (`filesToValidate`). The shipped data/ folder is bundled at build time
 * (so it works offline) — into the validation worker's script only (atlas.worker.ts), so the
 * main thread never parses it. Whatever else should be validated with it (files the page
 * sends along in the request) is merged here, and everything goes through the domain's single
 * validation boundary (`loadAtlas`). Returns the issues instead of throwing: the app shows them
 * in the error panel.
 */
// First, before any schema runs: no eval-compiled validators under the CSP.
import './zodConfig';
import { loadAtlas, type DataFiles, type LoadResult } from '../domain/load';
import { layPack } from '../domain/packs';

const modules = import.meta.glob<unknown>('../../data/**/*.json', {
  eager: true,
  import: 'default',
});

/** Paths relative to data/, e.g. `muscles/upper-trapezius.json`. */
export function shippedDataFiles(): DataFiles {
  const files: Record<string, unknown> = {};
  for (const [path, json] of Object.entries(modules)) files[path.replace(/^.*\/data\//, '')] = json;
  return files;
}

/**
 * Every file the atlas is built from: the shipped data, then `extra` files (keyed by path in
 * the same way) sent by the page. A file in `extra` with a shipped file's path replaces it.
 */
export function filesToValidate(extra: DataFiles = {}): DataFiles {
  return layPack(shippedDataFiles(), extra);
}

/** Validate and build the atlas; authoring-only checks are left to the CLI and tests. */
export const validateAtlasFiles = (extra: DataFiles = {}): LoadResult =>
  loadAtlas(filesToValidate(extra), { authoringChecks: false });
