/**
 * Articles that mention a glossary term, so a term's page can point to where it is explained
 * at length. Uses the same whole-word matching as the inline glossary links. Pure.
 */
import { linkTerms, termMatcher } from '../../domain/glossary';
import type { Article, GlossaryTerm, ReadingLevel } from '../../domain/types';

/** Articles whose summary or sections mention `term` at `level`, in authored order. */
export function articlesMentioning(
  term: GlossaryTerm,
  articles: readonly Article[],
  level: ReadingLevel,
): Article[] {
  const matcher = termMatcher([term]);
  const mentions = (text: string) => linkTerms(text, matcher).some((s) => s.kind === 'term');
  return articles.filter(
    (article) =>
      mentions(article.summary[level]) ||
      article.sections.some((s) => mentions(s.heading[level]) || mentions(s.body[level])),
  );
}
