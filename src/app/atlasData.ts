/**
 * The shipped atlas data, bundled at build time (so it works offline) and passed through the
 * domain's single validation boundary. Returns the issues instead of throwing: the app shows
 * them in the error panel.
 */
import { loadAtlas, type DataFiles, type LoadResult } from '../domain/load';
import { loadWithStoredPack } from '../state/packs';

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
 * The shipped data, validated, with the data pack stored on this device laid over it when it is
 * still valid (src/state/packs.ts); authoring-only checks are left to the CLI and tests.
 */
export const loadShippedAtlas = (): LoadResult =>
  loadWithStoredPack(shippedDataFiles(), (files) => loadAtlas(files, { authoringChecks: false }));
