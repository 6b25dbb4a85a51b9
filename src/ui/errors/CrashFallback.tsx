/**
 * What a crashed part of the app shows instead of going blank: what happened in plain words,
 * the technical message for a bug report, and a reload button.
 */
import { Icon } from '../common/Icon';

interface Props {
  error: Error;
  /** Heading, e.g. "The 3D view stopped working". */
  title: string;
  /** What still works or what to try, in plain words. */
  detail: string;
  /** Smaller layout for a box inside the page (the viewer) rather than the whole page. */
  compact?: boolean;
}

export function CrashFallback({ error, title, detail, compact = false }: Props) {
  return (
    <div className={compact ? 'crash crash--compact' : 'crash'} role="alert">
      <div className="crash__card">
        <span className="crash__icon">
          <Icon name="alert" />
        </span>
        <h2 className="crash__title">{title}</h2>
        <p className="crash__detail">{detail}</p>
        <p className="crash__message">
          <span className="visually-hidden">Technical detail: </span>
          {error.message || 'Unknown error'}
        </p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          <Icon name="reload" />
          Reload the page
        </button>
      </div>
    </div>
  );
}
