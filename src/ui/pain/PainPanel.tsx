/**
 * The pain finder panel ("Where does it hurt?"): how to mark, a one-line summary (what a phone's
 * peeking sheet shows), the marks, the ranked candidates with reasons, the region list, Share,
 * and the safety notes. Results are announced through the app's live region.
 */
import { useState } from 'react';
import { useActions, useAtlasStore } from '../../state/store';
import { Disclaimer } from '../about/Disclaimer';
import { useAnnounce } from '../common/announcer';
import { SafetyLinks } from '../learn/SafetyLinks';
import { CandidateList } from './CandidateList';
import { MarkList } from './MarkList';
import { PainSummary } from './PainSummary';
import { RegionPicker } from './RegionPicker';
import { ShareButton } from './ShareButton';
import { usePainResults } from './usePainResults';
import { PAIN, sourcesFound } from './wording';

export function PainPanel() {
  const atlas = useAtlasStore((s) => s.atlas);
  const specs = useAtlasStore((s) => s.painMarks);
  const level = useAtlasStore((s) => s.level);
  const { setMode } = useActions();
  const results = usePainResults();
  const [said, setSaid] = useState('');
  const count = results?.candidates.length ?? 0;
  const announcement = specs.length > 0 ? `${said} ${sourcesFound(count)}.`.trim() : said;
  useAnnounce(results ? announcement : '');
  if (!atlas || !results) return null;

  return (
    <section className="pain-panel" aria-labelledby="panel-title">
      <div className="pain-panel__head">
        <h2 id="panel-title" className="pain-panel__title" tabIndex={-1}>
          {PAIN.title}
        </h2>
        {specs.length > 0 ? <ShareButton onShared={setSaid} /> : null}
      </div>
      <PainSummary marks={specs.length} candidates={results.candidates} level={level} />
      <p className="pain-panel__how">{PAIN.how[level]}</p>
      {specs.length === 0 ? <p className="pain-panel__empty">{PAIN.empty[level]}</p> : null}
      <MarkList specs={specs} places={results.places} level={level} onChanged={setSaid} />
      <CandidateList
        key={specs.length}
        candidates={results.candidates}
        places={results.places}
        level={level}
      />
      <RegionPicker atlas={atlas} specs={specs} level={level} onAdded={setSaid} />
      <button
        type="button"
        className="btn btn--ghost pain-panel__exit"
        onClick={() => setMode('explore')}
      >
        <span aria-hidden="true">←</span> Back to the explorer
      </button>
      <footer className="info-panel__footer">
        <Disclaimer />
        <SafetyLinks atlas={atlas} level={level} />
      </footer>
    </section>
  );
}
