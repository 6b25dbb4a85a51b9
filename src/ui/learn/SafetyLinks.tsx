/**
 * Links under the panel's disclaimer to the full warning-signs and educational-use articles.
 * Each link is left out when its article is not in the atlas.
 */
import type { Atlas } from '../../domain/catalogue';
import type { ArticleId } from '../../domain/ids';
import type { ReadingLevel } from '../../domain/types';
import { useActions } from '../../state/store';
import { LEARN, SAFETY_ARTICLES } from './wording';

interface Props {
  atlas: Atlas | null;
  level: ReadingLevel;
}

export function SafetyLinks({ atlas, level }: Props) {
  const { openLearn } = useActions();
  const articles = SAFETY_ARTICLES.flatMap((id) => atlas?.articleById.get(id as ArticleId) ?? []);
  if (articles.length === 0) return null;
  return (
    <p className="safety-links">
      <span className="safety-links__lead">{LEARN.safetyLead[level]}</span>
      {articles.map((article) => (
        <button
          key={article.id}
          type="button"
          className="term-link safety-links__link"
          aria-haspopup="dialog"
          onClick={() => openLearn({ kind: 'article', id: article.id })}
        >
          {article.title[level]}
        </button>
      ))}
    </p>
  );
}
