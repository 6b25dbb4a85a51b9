/**
 * What a validated pack brings, counted for the "pack active" indication: muscles, trigger
 * points, regions and sources, plus anything else (glossary terms, articles, landmarks). Runs
 * on files that already passed `loadAtlas`, but reads them defensively all the same.
 */
import { classifyFile } from './fileKinds';
import type { DataFiles } from './load';

export interface PackSummary {
  readonly muscles: number;
  readonly triggerPoints: number;
  readonly regions: number;
  readonly sources: number;
  /** Glossary terms, articles and landmarks. */
  readonly other: number;
}

const EMPTY: PackSummary = { muscles: 0, triggerPoints: 0, regions: 0, sources: 0, other: 0 };

const list = (json: unknown, key: string): unknown[] => {
  if (!json || typeof json !== 'object') return [];
  const value = (json as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : [];
};

const pointsOf = (muscles: readonly unknown[]): number =>
  muscles.reduce<number>((sum, m) => sum + list(m, 'triggerPoints').length, 0);

function countFile(key: string, json: unknown): PackSummary {
  switch (classifyFile(key, json)) {
    case 'muscle':
      return { ...EMPTY, muscles: 1, triggerPoints: pointsOf([json]) };
    case 'bundle': {
      const muscles = list(json, 'muscles');
      return {
        muscles: muscles.length,
        triggerPoints: pointsOf(muscles),
        regions: list(json, 'regions').length,
        sources: list(json, 'sources').length,
        other: 0,
      };
    }
    case 'regions':
      return { ...EMPTY, regions: list(json, 'regions').length };
    case 'sources':
      return { ...EMPTY, sources: list(json, 'sources').length };
    case 'glossary':
      return { ...EMPTY, other: list(json, 'terms').length };
    case 'education':
      return { ...EMPTY, other: list(json, 'articles').length };
    case 'landmarks':
      return { ...EMPTY, other: list(json, 'landmarks').length };
  }
}

export function summarizePack(files: DataFiles): PackSummary {
  return Object.entries(files).reduce<PackSummary>((sum, [key, json]) => {
    const c = countFile(key, json);
    return {
      muscles: sum.muscles + c.muscles,
      triggerPoints: sum.triggerPoints + c.triggerPoints,
      regions: sum.regions + c.regions,
      sources: sum.sources + c.sources,
      other: sum.other + c.other,
    };
  }, EMPTY);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 muscles, 3 trigger points, 1 region" — only the non-zero counts. */
export function describeSummary(s: PackSummary): string {
  const parts = [
    s.muscles ? plural(s.muscles, 'muscle', 'muscles') : '',
    s.triggerPoints ? plural(s.triggerPoints, 'trigger point', 'trigger points') : '',
    s.regions ? plural(s.regions, 'region', 'regions') : '',
    s.sources ? plural(s.sources, 'source', 'sources') : '',
    s.other ? plural(s.other, 'other entry', 'other entries') : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'no entries';
}

/** The pack's own description (a bundle's `about`), shortened for the status line. */
export function packAbout(files: DataFiles): string | null {
  for (const json of Object.values(files)) {
    if (!json || typeof json !== 'object') continue;
    const about = (json as Record<string, unknown>)['about'];
    if (typeof about === 'string' && about.trim())
      return about.trim().length > 300 ? `${about.trim().slice(0, 299)}…` : about.trim();
  }
  return null;
}

/** A muscle in a pack: its id, the file key holding it and its path there ('' for its own file). */
export interface PackMuscle {
  readonly id: string;
  readonly key: string;
  readonly path: string;
}

/** Every muscle a pack adds or replaces, with where it is: a muscle file or a bundle's list. */
export function packMuscles(files: DataFiles): PackMuscle[] {
  const found: PackMuscle[] = [];
  for (const [key, json] of Object.entries(files)) {
    const kind = classifyFile(key, json);
    const muscles = kind === 'muscle' ? [json] : kind === 'bundle' ? list(json, 'muscles') : [];
    muscles.forEach((m, i) => {
      const id = m && typeof m === 'object' ? (m as Record<string, unknown>)['id'] : undefined;
      if (typeof id === 'string')
        found.push({ id, key, path: kind === 'muscle' ? '' : `muscles[${i}]` });
    });
  }
  return found;
}

/** The ids of the muscles a pack adds or replaces, to mark their trigger points as the pack's. */
export const packMuscleIds = (files: DataFiles): string[] => packMuscles(files).map((m) => m.id);
