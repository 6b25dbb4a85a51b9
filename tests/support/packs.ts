/** Pack-building helpers shared by the pack tests: a pack muscle made from the fixture's. */
import { loadAtlas, type DataFiles } from '../../src/domain/load';
import { layPack } from '../../src/domain/packs';
import type { AtlasValidate } from '../../src/state/packs';
import { fixtureFiles } from './fixture';

/** The app's loader: the shipped-data checks without the authoring ones. */
export const appLoad = (files: DataFiles) => loadAtlas(files, { authoringChecks: false });

/** The app's validator (a worker there) run in place over `base`, the "shipped" files. */
export const validateOver =
  (base: DataFiles): AtlasValidate =>
  (extra) =>
    appLoad(layPack(base, extra));

/** A second muscle made from the fixture's, with its own ids, as a pack author would. */
export function packMuscle(id = 'pack-muscle'): Record<string, any> {
  const muscle = structuredClone(fixtureFiles()['muscles/upper-trapezius.json']) as Record<
    string,
    any
  >;
  muscle.id = id;
  muscle.triggerPoints[0].id = `${id}-1`;
  return muscle;
}
