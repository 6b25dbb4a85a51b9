/** Pack-building helpers shared by the pack tests: a pack muscle made from the fixture's. */
import { loadAtlas, type DataFiles } from '../../src/domain/load';
import { fixtureFiles } from './fixture';

/** The app's loader: the shipped-data checks without the authoring ones. */
export const appLoad = (files: DataFiles) => loadAtlas(files, { authoringChecks: false });

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
