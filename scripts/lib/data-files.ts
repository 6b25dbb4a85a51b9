/**
 * Reading atlas JSON from disk for the CLI and tests: the shipped data/ folder, or a data pack
 * (a folder laid out like data/, or a single JSON file) overlaid on it. I/O and JSON syntax
 * problems throw DataReadError (the CLI exits 2); content problems are the domain's to report.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { DataFiles } from '../../src/domain/load';
import { layPack, packFileKey } from '../../src/domain/packs';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

export class DataReadError extends Error {}

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DataReadError(
      `${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataReadError(`${path}: not valid JSON (${(e as Error).message})`);
  }
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listJson(full));
    else if (entry.name.endsWith('.json')) out.push(full);
  }
  return out.sort();
}

/** Every JSON file under `dir`, keyed by its path relative to `dir` with forward slashes. */
export function readDataDir(dir: string = DATA_DIR): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const path of listJson(dir))
    files[relative(dir, path).split(sep).join('/')] = readJson(path);
  return files;
}

/**
 * The shipped data with a pack laid over it: files at the same relative path replace shipped
 * ones, others are added (the rules the app's import shares: src/domain/packs.ts). `path` is a
 * folder or a single JSON file.
 */
export function readWithPack(path: string): { files: DataFiles; packFiles: string[] } {
  const target = resolve(path);
  let stat;
  try {
    stat = statSync(target);
  } catch {
    throw new DataReadError(`${path}: no such file or folder`);
  }
  const base = readDataDir();
  if (stat.isDirectory()) {
    if (target === DATA_DIR) return { files: base, packFiles: Object.keys(base) };
    const pack = readDataDir(target);
    if (Object.keys(pack).length === 0)
      throw new DataReadError(`${path}: no .json files in this folder`);
    return { files: layPack(base, pack), packFiles: Object.keys(pack) };
  }
  const json = readJson(target);
  const key = packFileKey(target, json);
  return { files: layPack(base, { [key]: json }), packFiles: [key] };
}
