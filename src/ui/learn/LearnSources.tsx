/** The full references behind an article or a glossary term, with locators where given. */
import type { Atlas } from '../../domain/catalogue';
import type { Citation } from '../../domain/types';
import { resolveCitations } from '../panel/citations';

interface Props {
  citations: readonly Citation[];
  sourceById: Atlas['sourceById'];
}

export function LearnSources({ citations, sourceById }: Props) {
  const resolved = resolveCitations(citations, sourceById);
  return (
    <ol className="sources learn-sources">
      {resolved.map(({ source, locators }) => (
        <li key={source.id} className="sources__item">
          <span>{source.citation}</span>
          {locators.length > 0 ? (
            <span className="sources__locator"> — {locators.join('; ')}</span>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
