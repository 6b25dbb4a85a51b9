/**
 * Problems found in atlas data, each naming the file, the path inside it and what is wrong,
 * e.g. `muscles/upper-trapezius.json  triggerPoints[0].position: expected 3 numbers [x, y, z]`.
 */
import type { z } from 'zod';

export interface AtlasIssue {
  readonly file: string;
  /** JSON path inside the file, e.g. `triggerPoints[0].referral.essential.regions[2]`; '' for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Render a path array the way a person reads JSON: `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** One issue per zod problem, with unions flattened to the most specific message. */
export function issuesFromZod(
  file: string,
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): AtlasIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

/** `file  path: message` — the one-line form used by the CLI and the error panel. */
export function formatIssue(issue: AtlasIssue): string {
  return `${issue.file}  ${issue.path ? `${issue.path}: ` : ''}${issue.message}`;
}
