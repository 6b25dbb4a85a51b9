/** Full references for the selection, with the chapter/figure/page each one is cited at. */
import type { Atlas, TriggerPointInstance } from '../../domain/catalogue';
import { resolveCitations } from './citations';

interface Props {
  instance: TriggerPointInstance;
  sourceById: Atlas['sourceById'];
}

export function SourceList({ instance, sourceById }: Props) {
  const citations = resolveCitations(
    [...instance.triggerPoint.sources, ...instance.muscle.sources],
    sourceById,
  );
  return (
    <ol className="sources">
      {citations.map(({ source, locators }) => (
        <li key={source.id} className="sources__item">
          <span>{source.citation}</span>
          {locators.length > 0 ? (
            <span className="sources__locator"> — {locators.join('; ')}</span>
          ) : null}
          {source.url ? (
            <>
              {' '}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                Link
                <span className="visually-hidden"> (opens a new tab)</span>
              </a>
            </>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
