/**
 * One glossary term: its name at the current level (and the other level's name when it
 * differs), the definition with links to other terms, the articles that discuss it, and its
 * sources.
 */
import { useMemo } from 'react';
import type { Atlas } from '../../domain/catalogue';
import type { GlossaryTerm, ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { LinkedText } from '../common/LinkedText';
import { Icon } from '../common/Icon';
import { LearnSources } from './LearnSources';
import { articlesMentioning } from './related';
import { LEARN } from './wording';

interface Props {
  term: GlossaryTerm;
  atlas: Atlas;
  level: ReadingLevel;
}

export function TermView({ term, atlas, level }: Props) {
  const { openLearn } = useActions();
  const other = level === 'patient' ? term.term.clinical : term.term.patient;
  // "Local twitch response (LTR)" is not worth repeating as "Local twitch response".
  const bare = (name: string) => name.replace(/\s*\(.*?\)\s*/g, '').toLowerCase();
  const showOther = bare(other) !== bare(term.term[level]);
  const related = useMemo(
    () => articlesMentioning(term, atlas.articles, level),
    [term, atlas.articles, level],
  );
  return (
    <article className="learn-page" aria-labelledby="learn-title">
      <p className="learn-page__eyebrow">{LEARN.termEyebrow[level]}</p>
      <h2 id="learn-title" className="learn-page__title" tabIndex={-1}>
        {term.term[level]}
      </h2>
      {showOther ? (
        <p className="learn-page__aka">
          {LEARN.plainName[level]}: {other}
        </p>
      ) : null}
      <p className="learn-page__definition">
        <LinkedText text={term.definition[level]} exclude={term.id} />
      </p>
      {related.length > 0 ? (
        <section className="learn-page__section">
          <h3>{LEARN.readMore[level]}</h3>
          <ul className="learn-related">
            {related.map((article) => (
              <li key={article.id}>
                <button
                  type="button"
                  className="learn-related__link"
                  onClick={() => openLearn({ kind: 'article', id: article.id })}
                >
                  <Icon name="book" />
                  <span>{article.title[level]}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="learn-page__section learn-page__sources">
        <h3>{LEARN.sources[level]}</h3>
        <LearnSources citations={term.sources} sourceById={atlas.sourceById} />
      </section>
    </article>
  );
}
