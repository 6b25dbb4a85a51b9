/**
 * What the panel shows with nothing selected: what the app is, how to use it, and a prompt to
 * pick a trigger point from the list or the body; and the data pack, if one is active.
 */
import type { Atlas } from '../../domain/catalogue';
import type { ReadingLevel } from '../../domain/types';
import { Icon } from '../common/Icon';
import { PackStatusLine } from '../packs/PackStatusLine';
import { isKeyboardClick } from '../common/keyboardClick';

interface Props {
  atlas: Atlas | null;
  level: ReadingLevel;
  onBrowse: (byKey: boolean) => void;
}

export function Welcome({ atlas, level, onBrowse }: Props) {
  const muscles = atlas?.muscles.length ?? 0;
  const points = atlas?.muscles.reduce((n, m) => n + m.triggerPoints.length, 0) ?? 0;
  return (
    <section className="welcome" aria-labelledby="panel-title">
      <h2 id="panel-title" className="welcome__title" tabIndex={-1}>
        See where muscle pain comes from
      </h2>
      <p className="welcome__lead">
        {level === 'patient'
          ? 'Tight, tender spots in a muscle — trigger points — often cause pain somewhere else. Pick one to see where its pain spreads and what helps.'
          : 'Myofascial trigger points and their referred pain patterns (essential and spillover zones), with anatomy, differential notes and sources.'}
      </p>
      <ol className="welcome__steps">
        <li>
          <strong>Find a muscle</strong> in the list, or tap a <span className="welcome__x">×</span>{' '}
          on the body.
        </li>
        <li>
          <strong>See the pattern</strong> painted on the body: solid red where nearly everyone
          feels it, dotted where some do.
        </li>
        <li>
          <strong>Read on</strong> here: symptoms, self-care and what a clinician may do.
        </li>
      </ol>
      <button
        type="button"
        className="btn btn--primary welcome__cta"
        onClick={(e) => onBrowse(isKeyboardClick(e))}
      >
        <Icon name="search" />
        Find a muscle
      </button>
      {muscles > 0 ? (
        <p className="welcome__count">
          {points} trigger points in {muscles} muscles
        </p>
      ) : null}
      <PackStatusLine />
    </section>
  );
}
