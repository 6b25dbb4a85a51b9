/**
 * A collapsible section (native <details>: keyboard and screen-reader support for free).
 * Collapsed by default so the essentials stay on the first screen.
 */
import type { ReactNode } from 'react';
import { Icon } from '../common/Icon';

export function MoreSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <details className="more">
      <summary className="more__summary">
        <span>{title}</span>
        <Icon name="chevron" className="more__chevron" />
      </summary>
      <div className="more__content">{children}</div>
    </details>
  );
}
