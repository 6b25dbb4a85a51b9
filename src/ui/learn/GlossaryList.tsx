/**
 * The glossary in the Learn index: a filter field and the terms in alphabetical order at the
 * current reading level, each with the start of its definition. Choosing one opens its page.
 */
import { useId, useMemo, useState } from 'react';
import type { GlossaryTerm, ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { FilterField } from '../common/FilterField';
import { filterGlossary } from './glossaryFilter';
import { LEARN } from './wording';

interface Props {
  terms: readonly GlossaryTerm[];
  level: ReadingLevel;
}

export function GlossaryList({ terms, level }: Props) {
  const { openLearn } = useActions();
  const [query, setQuery] = useState('');
  const inputId = useId();
  const listId = useId();
  const shown = useMemo(() => filterGlossary(terms, query, level), [terms, query, level]);
  return (
    <>
      <FilterField
        id={inputId}
        className="filter--learn"
        label={LEARN.filterLabel[level]}
        placeholder={LEARN.filterPlaceholder[level]}
        controls={listId}
        value={query}
        onChange={setQuery}
      />
      <ul id={listId} className="glossary-list" aria-label={LEARN.glossary[level]}>
        {shown.map((term) => (
          <li key={term.id}>
            <button
              type="button"
              className="glossary-list__item"
              onClick={() => openLearn({ kind: 'term', id: term.id })}
            >
              <span className="glossary-list__term">{term.term[level]}</span>
              {/* A visual preview only: the term's page reads the whole definition. */}
              <span className="glossary-list__preview" aria-hidden="true">
                {term.definition[level]}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {shown.length === 0 ? (
        <p className="learn-empty" role="status">
          {LEARN.noMatch[level]}
        </p>
      ) : null}
    </>
  );
}
