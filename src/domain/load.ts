/**
 * The one loading boundary for atlas data. Every JSON input — the shipped data/ folder, an
 * imported pack, a test fixture — goes through `loadAtlas`, which validates each file against
 * its schema, checks references across files, and only then builds the Atlas. It never throws
 * on bad data: it returns every problem found, each naming file, path and message.
 *
 * Files are keyed by their path relative to the data folder:
 *   landmarks.json, muscles/<muscle-id>.json, regions/<area>.json, sources/<area>.json
 *   glossary.json, education.json or education/<topic>.json
 *   (regions.json and sources.json at the top level work too), or any other *.json holding a
 *   bundle { muscles, regions, sources } (a single-file pack).
 */
import type { z } from 'zod';
import {
  bundleFileSchema,
  educationFileSchema,
  glossaryFileSchema,
  landmarksFileSchema,
  muscleSchema,
  regionsFileSchema,
  sourcesFileSchema,
} from './schema';
import { issuesFromZod, type AtlasIssue } from './issues';
import type { Article, GlossaryTerm, Landmark, Muscle, Region, Source } from './types';
import { buildAtlas, type Atlas } from './catalogue';
import { crossCheck, type Located } from './crossref';
import { classifyFile } from './fileKinds';

/** Parsed JSON by relative path (parsing text is the caller's job: it owns the I/O errors). */
export type DataFiles = Readonly<Record<string, unknown>>;

export type LoadResult =
  | { readonly ok: true; readonly atlas: Atlas }
  | { readonly ok: false; readonly issues: readonly AtlasIssue[] };

interface Collected {
  muscles: Located<Muscle>[];
  regions: Located<Region>[];
  landmarks: Located<Landmark>[];
  sources: Located<Source>[];
  glossary: Located<GlossaryTerm>[];
  articles: Located<Article>[];
}

function parse<S extends z.ZodType>(
  schema: S,
  file: string,
  json: unknown,
  issues: AtlasIssue[],
): z.output<S> | undefined {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  issues.push(...issuesFromZod(file, result.error));
  return undefined;
}

const located = <T>(file: string, base: string, items: readonly T[]): Located<T>[] =>
  items.map((value, i) => ({ value, file, path: `${base}[${i}]` }));

function collect(file: string, json: unknown, into: Collected, issues: AtlasIssue[]): void {
  switch (classifyFile(file, json)) {
    case 'sources': {
      const data = parse(sourcesFileSchema, file, json, issues);
      if (data) into.sources.push(...located(file, 'sources', data.sources as Source[]));
      return;
    }
    case 'regions': {
      const data = parse(regionsFileSchema, file, json, issues);
      if (data) into.regions.push(...located(file, 'regions', data.regions as Region[]));
      return;
    }
    case 'landmarks': {
      const data = parse(landmarksFileSchema, file, json, issues);
      if (data) into.landmarks.push(...located(file, 'landmarks', data.landmarks as Landmark[]));
      return;
    }
    case 'glossary': {
      const data = parse(glossaryFileSchema, file, json, issues);
      if (data)
        into.glossary.push(...located(file, 'terms', data.terms as unknown as GlossaryTerm[]));
      return;
    }
    case 'education': {
      const data = parse(educationFileSchema, file, json, issues);
      if (data)
        into.articles.push(...located(file, 'articles', data.articles as unknown as Article[]));
      return;
    }
    case 'muscle': {
      const data = parse(muscleSchema, file, json, issues);
      if (data) into.muscles.push({ value: data as unknown as Muscle, file, path: '' });
      return;
    }
    case 'bundle': {
      const data = parse(bundleFileSchema, file, json, issues);
      if (!data) return;
      into.muscles.push(...located(file, 'muscles', data.muscles as unknown as Muscle[]));
      into.regions.push(...located(file, 'regions', data.regions as Region[]));
      into.sources.push(...located(file, 'sources', data.sources as Source[]));
      return;
    }
  }
}

export interface LoadOptions {
  /**
   * Run the authoring checks too (copied sentences between muscles). Default true; the app
   * turns it off at start-up, where those checks cost time and protect nothing (the CLI and the
   * tests enforce them before data ships).
   */
  readonly authoringChecks?: boolean;
}

/** Validate and assemble atlas data. Files are read in sorted path order for stable output. */
export function loadAtlas(files: DataFiles, options: LoadOptions = {}): LoadResult {
  const issues: AtlasIssue[] = [];
  const into: Collected = {
    muscles: [],
    regions: [],
    landmarks: [],
    sources: [],
    glossary: [],
    articles: [],
  };
  for (const file of Object.keys(files).sort()) collect(file, files[file], into, issues);
  issues.push(...crossCheck(into, options.authoringChecks ?? true));
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    atlas: buildAtlas({
      muscles: into.muscles.map((m) => m.value),
      regions: into.regions.map((r) => r.value),
      landmarks: into.landmarks.map((l) => l.value),
      sources: into.sources.map((s) => s.value),
      glossary: into.glossary.map((g) => g.value),
      articles: into.articles.map((a) => a.value),
    }),
  };
}
