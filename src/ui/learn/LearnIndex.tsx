/**
 * The Learn view's front page: the articles as a readable list (title and summary) and the
 * glossary, both at the current reading level.
 */
import { useRef } from 'react';
import type { Atlas } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { Icon } from '../common/Icon';
import { GlossaryList } from './GlossaryList';
import { LEARN } from './wording';

interface Props {
  atlas: Atlas;
  level: ReadingLevel;
}

export function LearnIndex({ atlas, level }: Props) {
  const { openLearn } = useActions();
  const glossaryHeading = useRef<HTMLHeadingElement>(null);
  const hasGlossary = atlas.glossary.length > 0;
  return (
    <div className="learn-page learn-index">
      <h2 id="learn-title" className="learn-page__title" tabIndex={-1}>
        {LEARN.title[level]}
      </h2>
      <p className="learn-page__lead">{LEARN.lead[level]}</p>
      {hasGlossary ? (
        // The glossary sits below a long list of articles: one tap takes you there.
        <button
          type="button"
          className="learn-jump"
          onClick={() => {
            glossaryHeading.current?.scrollIntoView?.({ block: 'start' });
            glossaryHeading.current?.focus({ preventScroll: true });
          }}
        >
          {LEARN.jumpToGlossary[level]} ({atlas.glossary.length})
          <Icon name="chevron" />
        </button>
      ) : null}
      <section className="learn-page__section" aria-labelledby="learn-articles-heading">
        <h3 id="learn-articles-heading">{LEARN.articles[level]}</h3>
        <ul className="learn-cards">
          {atlas.articles.map((article) => (
            <li key={article.id}>
              <button
                type="button"
                // Named by its whole text (title, then summary): a name of the title alone
                // would leave visible words out of it (WCAG 2.5.3, label in name).
                className="learn-card"
                onClick={() => openLearn({ kind: 'article', id: article.id })}
              >
                <span className="learn-card__text">
                  <span id={`learn-card-${article.id}`} className="learn-card__title">
                    {article.title[level]}
                  </span>
                  <span id={`learn-card-${article.id}-summary`} className="learn-card__summary">
                    {article.summary[level]}
                  </span>
                </span>
                <Icon name="chevron" className="learn-card__chevron" />
              </button>
            </li>
          ))}
        </ul>
      </section>
      {hasGlossary ? (
        <section className="learn-page__section" aria-labelledby="learn-glossary-heading">
          <h3 id="learn-glossary-heading" ref={glossaryHeading} tabIndex={-1}>
            {LEARN.glossary[level]}
          </h3>
          <GlossaryList terms={atlas.glossary} level={level} />
        </section>
      ) : null}
    </div>
  );
}
