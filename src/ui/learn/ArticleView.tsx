/**
 * One article at the current reading level: title, summary, its sections (each paragraph with
 * glossary links), its sources and a link on to the next article, so the guides read as a
 * sequence.
 */
import type { Atlas } from '../../domain/catalogue';
import type { Article, ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { Icon } from '../common/Icon';
import { LinkedText } from '../common/LinkedText';
import { LearnSources } from './LearnSources';
import { LEARN } from './wording';

interface Props {
  article: Article;
  atlas: Atlas;
  level: ReadingLevel;
}

export function ArticleView({ article, atlas, level }: Props) {
  const { openLearn } = useActions();
  const index = atlas.articles.indexOf(article);
  const next = index >= 0 ? atlas.articles[index + 1] : undefined;
  return (
    <article className="learn-page" aria-labelledby="learn-title">
      <p className="learn-page__eyebrow">{LEARN.articleEyebrow[level]}</p>
      <h2 id="learn-title" className="learn-page__title" tabIndex={-1}>
        {article.title[level]}
      </h2>
      <p className="learn-page__lead">
        <LinkedText text={article.summary[level]} />
      </p>
      {article.sections.map((section) => (
        <section key={section.heading.clinical} className="learn-page__section">
          <h3>{section.heading[level]}</h3>
          <p>
            <LinkedText text={section.body[level]} />
          </p>
        </section>
      ))}
      <section className="learn-page__section learn-page__sources">
        <h3>{LEARN.sources[level]}</h3>
        <LearnSources citations={article.sources} sourceById={atlas.sourceById} />
      </section>
      {next ? (
        <button
          type="button"
          className="learn-next"
          onClick={() => openLearn({ kind: 'article', id: next.id })}
        >
          <span className="learn-next__label">{LEARN.next[level]}</span>
          <span className="learn-next__title">{next.title[level]}</span>
          <Icon name="chevron" className="learn-next__chevron" />
        </button>
      ) : null}
    </article>
  );
}
