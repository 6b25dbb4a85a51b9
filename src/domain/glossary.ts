/**
 * Glossary linking: split a text into plain runs and glossary-term mentions, so the UI can turn
 * each mention into a link to its definition. Matching is case-insensitive on whole words,
 * longest form first ("active trigger point" before "trigger point"), and each term is linked
 * once per text so a paragraph does not turn into a sea of links.
 */
import type { GlossaryId } from './ids';
import type { GlossaryTerm } from './types';

export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'term'; readonly text: string; readonly termId: GlossaryId };

export interface TermMatcher {
  readonly pattern: RegExp | null;
  readonly termByForm: ReadonlyMap<string, GlossaryId>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compile the glossary's forms into one matcher (build once per atlas, reuse for every text). */
export function termMatcher(terms: readonly GlossaryTerm[]): TermMatcher {
  const termByForm = new Map<string, GlossaryId>();
  for (const term of terms)
    for (const form of term.forms) termByForm.set(form.toLowerCase(), term.id);
  const forms = [...termByForm.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const pattern = forms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(${forms.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
    : null;
  return { pattern, termByForm };
}

/** Split `text` into segments; `exclude` skips a term (e.g. the one being defined). */
export function linkTerms(text: string, matcher: TermMatcher, exclude?: GlossaryId): Segment[] {
  if (!matcher.pattern) return [{ kind: 'text', text }];
  const segments: Segment[] = [];
  const linked = new Set<GlossaryId>();
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const found = match[0];
    const termId = matcher.termByForm.get(found.toLowerCase());
    if (!termId || termId === exclude || linked.has(termId) || match.index === undefined) continue;
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push({ kind: 'term', text: found, termId });
    linked.add(termId);
    last = match.index + found.length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
