/**
 * The Learn view's glossary list: terms sorted alphabetically by the name shown at the current
 * reading level, narrowed by what the user typed. A term matches when every query word starts
 * a word of its name (either level) or of one of its linked forms, ignoring case and accents,
 * so "twitch" finds "Local twitch response" and "LTR" finds it too. Pure.
 */
import type { GlossaryTerm, ReadingLevel } from '../../domain/types';
import { normalizeText } from '../browse/filter';

const words = (text: string): string[] => normalizeText(text).split(' ').filter(Boolean);

/** The words a term can be found by: its names at both levels and its linked forms. */
function termWords(term: GlossaryTerm): string[] {
  return [term.term.patient, term.term.clinical, ...term.forms].flatMap(words);
}

/** Terms for the list: matching `query` (all when empty), alphabetical at `level`. */
export function filterGlossary(
  terms: readonly GlossaryTerm[],
  query: string,
  level: ReadingLevel,
): GlossaryTerm[] {
  const wanted = words(query);
  const matches = wanted.length
    ? terms.filter((term) => {
        const own = termWords(term);
        return wanted.every((w) => own.some((o) => o.startsWith(w)));
      })
    : [...terms];
  return matches.sort((a, b) =>
    a.term[level].localeCompare(b.term[level], 'en', { sensitivity: 'base' }),
  );
}
