/**
 * The small valid atlas in tests/fixtures/mini-atlas, read as DataFiles, plus a helper to make
 * broken variants of it without touching the files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadAtlas, type DataFiles } from '../../src/domain/load';
import type { Atlas } from '../../src/domain/catalogue';

const DIR = resolve(import.meta.dirname, '../fixtures/mini-atlas');

export function fixtureFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of ['sources.json', 'regions.json', 'landmarks.json']) {
    files[name] = JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8'));
  }
  for (const name of readdirSync(`${DIR}/muscles`)) {
    files[`muscles/${name}`] = JSON.parse(readFileSync(`${DIR}/muscles/${name}`, 'utf8'));
  }
  return files;
}

/** A deep copy of the fixture with one file changed by `edit`. */
export function brokenFixture(file: string, edit: (json: any) => void): DataFiles {
  const files = fixtureFiles();
  const copy = structuredClone(files[file]);
  edit(copy);
  return { ...files, [file]: copy };
}

export function fixtureAtlas(): Atlas {
  const result = loadAtlas(fixtureFiles());
  if (!result.ok) throw new Error(`fixture invalid: ${JSON.stringify(result.issues)}`);
  return result.atlas;
}
