/**
 * The stored pack could not be used at start-up (damaged in storage, or no longer valid against
 * this version's atlas): say so, list why, and offer to download it before removing it — it is
 * never deleted behind the user's back.
 */
import type { AtlasIssue } from '../../domain/issues';
import { storedPackDownloads } from '../../state/packActions';
import { Icon } from '../common/Icon';
import { downloadTextFiles } from './download';
import { PackIssueList } from './PackIssueList';
import { RemovePack } from './RemovePack';

export function StoredPackProblem({ issues }: { issues: readonly AtlasIssue[] }) {
  return (
    <section className="packs__card packs__card--problem" aria-labelledby="packs-stored-title">
      <h3 id="packs-stored-title" className="packs__card-title">
        <Icon name="alert" />
        <span>The pack stored on this device could not be loaded</span>
      </h3>
      <p>
        The atlas is shown as shipped. The pack is still stored: download it to fix it or keep it,
        then remove it here.
      </p>
      {issues.length > 0 ? (
        <PackIssueList issues={issues} label="Problems in the stored pack" />
      ) : null}
      <div className="packs__actions">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => downloadTextFiles(storedPackDownloads())}
        >
          <Icon name="download" />
          Download the stored pack
        </button>
        <RemovePack name="the stored pack" label="Remove stored pack" />
      </div>
    </section>
  );
}
