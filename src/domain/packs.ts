/**
 * Data packs: extra or corrected atlas files (a clinic's own muscles, trigger points, regions)
 * laid over the shipped data. The CLI (`atlas validate PATH`) and the app's import share this
 * module, so a pack means the same thing everywhere:
 *
 *  - a single file goes where its content says: a muscle (it has `triggerPoints`) to
 *    `muscles/<name>`, a bundle `{ muscles, regions, sources }` to `packs/<name>`, a known file
 *    (`regions.json`, `sources.json`, `glossary.json`, …) to its own name;
 *  - files at the same key as a shipped file replace it; the rest are added;
 *  - the result goes through `loadAtlas`, the one validation boundary, like the shipped data.
 *
 * Reading text into JSON happens here too (for the app), so every problem — not JSON, not an
 * object, unknown kind, too large — comes back as an AtlasIssue naming the file and path.
 */
import { classifyFile } from './fileKinds';
import { packMuscles } from './packSummary';
import type { DataFiles, LoadResult } from './load';
import type { AtlasIssue } from './issues';

/** Generous for hand-written packs, small enough for the browser's storage (about 5 MB). */
export const PACK_LIMITS = { fileBytes: 1_000_000, totalBytes: 2_000_000, files: 40 } as const;

/** One file of a pack as the user supplied it. */
export interface PackInput {
  readonly name: string;
  readonly text: string;
}

/** A pack read into JSON: files keyed as in data/, and the user's file name for each key. */
export interface ParsedPack {
  readonly files: DataFiles;
  readonly names: Readonly<Record<string, string>>;
}

export type PackParse =
  | { readonly ok: true; readonly pack: ParsedPack }
  | { readonly ok: false; readonly issues: readonly AtlasIssue[] };

const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

const megabytes = (bytes: number): string => `${(bytes / 1_000_000).toFixed(1)} MB`;

/** Where a single-file pack goes in the data tree, judged by its name and content. */
export function packFileKey(path: string, json: unknown): string {
  const name = baseName(path);
  const kind = classifyFile(name, json);
  if (kind === 'muscle') return `muscles/${name}`;
  if (kind === 'bundle') return `packs/${name}`;
  return `${kind}.json`;
}

/** The shipped files with the pack's laid over them (same key replaces, new keys add). */
export const layPack = (base: DataFiles, pack: DataFiles): DataFiles => ({ ...base, ...pack });

/** A problem with a file's size, before reading it (the app checks File.size first). */
export function sizeIssue(name: string, bytes: number): AtlasIssue | null {
  if (bytes <= PACK_LIMITS.fileBytes) return null;
  return {
    file: name,
    path: '',
    message: `the file is ${megabytes(bytes)}; a pack file may be at most ${megabytes(PACK_LIMITS.fileBytes)}`,
  };
}

const BUNDLE_KEYS = ['about', 'muscles', 'regions', 'sources'];

/** Why a JSON value cannot be a pack file at all, or null when its schema should judge it. */
function kindIssue(name: string, json: unknown): AtlasIssue | null {
  const what =
    'expected a muscle (with "triggerPoints"), a bundle with "muscles", "regions" and/or ' +
    '"sources", or a regions, sources, glossary or education file';
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return {
      file: name,
      path: '',
      message: `not a data pack file: the top level is not an object; ${what}`,
    };
  const kind = classifyFile(name, json);
  if (kind === 'bundle' && !Object.keys(json).some((k) => BUNDLE_KEYS.includes(k)))
    return { file: name, path: '', message: `unknown kind of file; ${what}` };
  return null;
}

function parseOne(input: PackInput, issues: AtlasIssue[]): unknown {
  const name = baseName(input.name);
  if (!name.toLowerCase().endsWith('.json')) {
    issues.push({
      file: name,
      path: '',
      message: 'not a .json file; a data pack is made of .json files',
    });
    return undefined;
  }
  const size = sizeIssue(name, input.text.length);
  if (size) {
    issues.push(size);
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(input.text) as unknown;
  } catch (e) {
    issues.push({ file: name, path: '', message: `not valid JSON (${(e as Error).message})` });
    return undefined;
  }
  const kind = kindIssue(name, json);
  if (kind) issues.push(kind);
  return kind ? undefined : json;
}

/** Read the user's files into a pack; every problem with any file is reported at once. */
export function parsePack(inputs: readonly PackInput[]): PackParse {
  const issues: AtlasIssue[] = [];
  if (inputs.length === 0) issues.push({ file: 'pack', path: '', message: 'no files were given' });
  if (inputs.length > PACK_LIMITS.files)
    issues.push({
      file: 'pack',
      path: '',
      message: `${inputs.length} files; a pack may have at most ${PACK_LIMITS.files}`,
    });
  const total = inputs.reduce((sum, f) => sum + f.text.length, 0);
  if (total > PACK_LIMITS.totalBytes)
    issues.push({
      file: 'pack',
      path: '',
      message: `the files add up to ${megabytes(total)}; a pack may be at most ${megabytes(PACK_LIMITS.totalBytes)}`,
    });
  if (issues.length > 0) return { ok: false, issues };

  const files: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const input of inputs) {
    const json = parseOne(input, issues);
    if (json === undefined) continue;
    const key = packFileKey(input.name, json);
    const other = names[key];
    if (other !== undefined) {
      issues.push({
        file: baseName(input.name),
        path: '',
        message: `holds the same kind of file as ${other} (${key}); combine them into one file`,
      });
      continue;
    }
    files[key] = json;
    names[key] = baseName(input.name);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, pack: { files, names } };
}

/**
 * Issues from validating a laid pack, named for the person who made the pack: their own file
 * name for pack files, and a shipped file marked as such (a pack can break a shipped file's
 * references by replacing what it refers to).
 */
export function nameIssues(issues: readonly AtlasIssue[], pack: ParsedPack): AtlasIssue[] {
  return issues.map((issue) => ({
    ...issue,
    file: pack.names[issue.file] ?? `${issue.file} (shipped data)`,
  }));
}

/** Validates atlas files; the app passes its own options (and may run it elsewhere). */
export type AtlasLoad = (files: DataFiles) => LoadResult;

/** The shipped data with the pack laid over it, through the one validation boundary. */
export function loadWithPack(base: DataFiles, pack: ParsedPack, load: AtlasLoad): LoadResult {
  const result = load(layPack(base, pack.files));
  return result.ok ? result : { ok: false, issues: nameIssues(result.issues, pack) };
}

const muscleFileId = /^muscles\/(.+)\.json$/;

/**
 * Issues keyed `muscles/<id>.json` (as the skin checks name them) moved to where that muscle is
 * in the pack: its own file, or `muscles[i]` of a bundle, under the user's file name.
 */
export function locateMuscleIssues(issues: readonly AtlasIssue[], pack: ParsedPack): AtlasIssue[] {
  const where = new Map(packMuscles(pack.files).map((m) => [m.id, m]));
  return issues.map((issue) => {
    const found = where.get(muscleFileId.exec(issue.file)?.[1] ?? '');
    if (!found) return issue;
    const file = pack.names[found.key] ?? found.key;
    return { ...issue, file, path: found.path ? `${found.path}.${issue.path}` : issue.path };
  });
}
