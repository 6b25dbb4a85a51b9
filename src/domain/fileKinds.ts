/**
 * What an atlas data file holds, judged from its path and top-level keys. Kept apart from the
 * schemas (load.ts) so the page can sort pack files without loading the validators.
 */
export type FileKind =
  'sources' | 'regions' | 'landmarks' | 'muscle' | 'glossary' | 'education' | 'bundle';

/** Decide what a file holds from its path, falling back to its top-level keys. */
export function classifyFile(path: string, json: unknown): FileKind {
  const name = path.split('/').pop() ?? path;
  if (name === 'sources.json' || path.startsWith('sources/')) return 'sources';
  if (name === 'regions.json' || path.startsWith('regions/')) return 'regions';
  if (name === 'landmarks.json') return 'landmarks';
  if (name === 'glossary.json') return 'glossary';
  if (name === 'education.json' || path.startsWith('education/')) return 'education';
  if (path.startsWith('muscles/')) return 'muscle';
  if (json && typeof json === 'object' && !Array.isArray(json)) {
    if ('triggerPoints' in json) return 'muscle';
    if ('landmarks' in json) return 'landmarks';
  }
  return 'bundle';
}
