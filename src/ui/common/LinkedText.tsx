/**
 * Atlas text with glossary links: the first mention of each glossary term becomes an inline
 * button that opens its definition in the Learn view. Matching is the domain's `linkTerms`
 * (whole words, longest form first, once per term per text). Text is always rendered as React
 * children, never as HTML, and with no glossary loaded it renders as plain text.
 */
import { useMemo } from 'react';
import { linkTerms, termMatcher, type TermMatcher } from '../../domain/glossary';
import type { GlossaryId } from '../../domain/ids';
import type { GlossaryTerm } from '../../domain/types';
import { useActions, useAtlasStore } from '../../state/store';

const NO_TERMS: readonly GlossaryTerm[] = [];

/** One matcher per glossary: building the pattern once serves every paragraph on screen. */
const matchers = new WeakMap<readonly GlossaryTerm[], TermMatcher>();

function matcherFor(glossary: readonly GlossaryTerm[]): TermMatcher {
  let matcher = matchers.get(glossary);
  if (!matcher) {
    matcher = termMatcher(glossary);
    matchers.set(glossary, matcher);
  }
  return matcher;
}

interface Props {
  text: string;
  /** A term not to link, e.g. the one whose definition this text is. */
  exclude?: GlossaryId;
}

export function LinkedText({ text, exclude }: Props) {
  const glossary = useAtlasStore((s) => s.atlas?.glossary ?? NO_TERMS);
  const { openLearn } = useActions();
  const segments = useMemo(
    () => linkTerms(text, matcherFor(glossary), exclude),
    [text, glossary, exclude],
  );
  return (
    <>
      {segments.map((segment, i) =>
        segment.kind === 'text' ? (
          segment.text
        ) : (
          <button
            // Segments never reorder for a given text, so the index is a stable key.
            key={i}
            type="button"
            className="term-link"
            aria-haspopup="dialog"
            title="Show what this means"
            onClick={() => openLearn({ kind: 'term', id: segment.termId })}
          >
            {segment.text}
          </button>
        ),
      )}
    </>
  );
}
