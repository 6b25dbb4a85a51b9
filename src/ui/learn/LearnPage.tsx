/** Which page the Learn view shows for a target: the index, an article or a term. */
import type { Atlas } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import type { LearnTarget } from '../../state/store';
import { ArticleView } from './ArticleView';
import { LearnIndex } from './LearnIndex';
import { TermView } from './TermView';

interface Props {
  target: LearnTarget;
  atlas: Atlas;
  level: ReadingLevel;
}

export function LearnPage({ target, atlas, level }: Props) {
  if (target.kind === 'article') {
    const article = atlas.articleById.get(target.id);
    if (article)
      return <ArticleView key={article.id} article={article} atlas={atlas} level={level} />;
  }
  if (target.kind === 'term') {
    const term = atlas.glossaryById.get(target.id);
    if (term) return <TermView key={term.id} term={term} atlas={atlas} level={level} />;
  }
  // The store refuses unknown ids, so this is the index (or a target from an older atlas).
  return <LearnIndex atlas={atlas} level={level} />;
}
