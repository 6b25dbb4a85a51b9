/**
 * The panel's links into general education, shown for every trigger point: what a trigger
 * point is, and what dry needling feels like. Titles come from the articles themselves, so
 * they follow the reading level; a link is left out when its article is not in the atlas.
 */
import type { Atlas } from '../../domain/catalogue';
import type { ArticleId } from '../../domain/ids';
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { Icon } from '../common/Icon';
import { LEARN, PANEL_ARTICLES } from './wording';

interface Props {
  atlas: Atlas;
  level: ReadingLevel;
}

export function LearnLinks({ atlas, level }: Props) {
  const { openLearn } = useActions();
  const articles = PANEL_ARTICLES.flatMap((id) => atlas.articleById.get(id as ArticleId) ?? []);
  if (articles.length === 0) return null;
  return (
    <nav className="learn-links" aria-label={LEARN.learnMore[level]}>
      {articles.map((article) => (
        <button
          key={article.id}
          type="button"
          className="learn-links__item"
          aria-haspopup="dialog"
          onClick={() => openLearn({ kind: 'article', id: article.id })}
        >
          <Icon name="book" className="learn-links__icon" />
          <span className="learn-links__title">{article.title[level]}</span>
          <Icon name="chevron" className="learn-links__chevron" />
        </button>
      ))}
    </nav>
  );
}
