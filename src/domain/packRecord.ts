/**
 * The form a data pack is kept in on the device: the user's files as they gave them (so the
 * pack can be downloaded back unchanged), with a name and the time it was imported. Reading a
 * stored record goes through zod like every other JSON input; a record some other version wrote,
 * or one damaged in storage, comes back as issues — never as an exception.
 */
import { z } from 'zod';
import { issuesFromZod, type AtlasIssue } from './issues';
import { PACK_LIMITS, type PackInput } from './packs';

/** How the stored pack is named in messages (it has no file name of its own). */
export const STORED_PACK_FILE = 'stored pack';

const recordSchema = z.strictObject({
  version: z.literal(1),
  name: z.string().trim().min(1).max(200),
  importedAt: z.string().max(40),
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(200), text: z.string() }))
    .min(1, 'the stored pack has no files')
    .max(PACK_LIMITS.files),
});

export type PackRecord = z.output<typeof recordSchema>;

export type RecordParse =
  | { readonly ok: true; readonly record: PackRecord }
  | { readonly ok: false; readonly issues: readonly AtlasIssue[] };

export function parsePackRecord(raw: string): RecordParse {
  let json: unknown;
  try {
    json = JSON.parse(raw) as unknown;
  } catch (e) {
    return {
      ok: false,
      issues: [
        { file: STORED_PACK_FILE, path: '', message: `not valid JSON (${(e as Error).message})` },
      ],
    };
  }
  const result = recordSchema.safeParse(json);
  if (result.success) return { ok: true, record: result.data };
  return { ok: false, issues: issuesFromZod(STORED_PACK_FILE, result.error) };
}

/** A pack's display name: its one file's name without `.json`, or "name and N more". */
export function packName(files: readonly PackInput[]): string {
  const first = (files[0]?.name ?? 'pack').replace(/\.json$/i, '');
  return files.length > 1 ? `${first} and ${files.length - 1} more` : first;
}

export function makePackRecord(files: readonly PackInput[], now: Date): PackRecord {
  return {
    version: 1,
    name: packName(files),
    importedAt: now.toISOString(),
    files: files.map((f) => ({ name: f.name, text: f.text })),
  };
}
