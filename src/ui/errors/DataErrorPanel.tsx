/**
 * Shown instead of the explorer when the atlas data fails validation: says that the data could
 * not be loaded and what to do, then lists every issue (file, path inside it, message) so the
 * person who edited the data can fix it. Issue text is rendered as text, never as HTML.
 */
import type { AtlasIssue } from '../../domain/issues';
import { Icon } from '../common/Icon';

export function DataErrorPanel({ issues }: { issues: readonly AtlasIssue[] }) {
  const count = issues.length;
  return (
    <main className="data-error" aria-labelledby="data-error-title">
      <div className="data-error__card">
        <header className="data-error__head">
          <span className="data-error__icon">
            <Icon name="alert" />
          </span>
          <div>
            <h1 id="data-error-title">The atlas data could not be loaded</h1>
            <p className="data-error__lead">
              The trigger point information shipped with this app did not pass its checks, so
              nothing is shown rather than something wrong. If you are using the app, please try
              again later or report the problem. If you maintain the data, fix the{' '}
              {count === 1 ? 'problem' : `${count} problems`} below (running{' '}
              <code>npm run atlas -- validate</code> lists them too) and reload.
            </p>
          </div>
        </header>
        <h2 className="data-error__count">
          {count === 1 ? '1 problem found' : `${count} problems found`}
        </h2>
        <ol className="data-error__list" tabIndex={0} aria-label="Problems in the atlas data">
          {issues.map((issue, i) => (
            <li key={i} className="data-error__item">
              <span className="data-error__where">
                <span className="data-error__file">{issue.file}</span>
                {issue.path ? <code className="data-error__path">{issue.path}</code> : null}
              </span>
              <span className="data-error__message">{issue.message}</span>
            </li>
          ))}
        </ol>
        <div className="data-error__actions">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => window.location.reload()}
          >
            <Icon name="reload" />
            Reload
          </button>
        </div>
      </div>
    </main>
  );
}
