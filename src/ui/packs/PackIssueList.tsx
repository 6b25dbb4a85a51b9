/**
 * Problems with a pack, each naming the file, the path inside it and what is wrong. Long lists
 * are cut after the first few (the count says how many more), so a badly broken pack still
 * gives a readable message. Everything is rendered as text, never as HTML.
 */
import type { AtlasIssue } from '../../domain/issues';

/** Enough to see the pattern of what is wrong; the rest is counted. */
export const SHOWN_ISSUES = 8;

/** Messages quoting a whole file's text are cut to a line. */
const clip = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function PackIssueList({ issues, label }: { issues: readonly AtlasIssue[]; label: string }) {
  const shown = issues.slice(0, SHOWN_ISSUES);
  const more = issues.length - shown.length;
  return (
    <>
      <ol className="data-error__list packs__issues" aria-label={label}>
        {shown.map((issue, i) => (
          <li key={i} className="data-error__item">
            <span className="data-error__where">
              <span className="data-error__file">{clip(issue.file, 120)}</span>
              {issue.path ? (
                <code className="data-error__path">{clip(issue.path, 160)}</code>
              ) : null}
            </span>
            <span className="data-error__message">{clip(issue.message)}</span>
          </li>
        ))}
      </ol>
      {more > 0 ? (
        <p className="packs__more">
          …and {more} more {more === 1 ? 'problem' : 'problems'}. Fix these first, or run{' '}
          <code>npm run atlas -- validate PACK</code> for the full list.
        </p>
      ) : null}
    </>
  );
}
