/**
 * The wide-screen panel: a fixed-width column to the right of the viewer. It is always present
 * (welcome text when nothing is selected), so opening a selection never resizes the 3D view.
 * `showing` names what it shows: when that changes, the panel scrolls back to the top.
 */
import type { ReactNode } from 'react';
import { useScrollReset } from './useScrollReset';

interface Props {
  label: string;
  showing: string;
  children: ReactNode;
}

export function SidePanel({ label, showing, children }: Props) {
  const scroller = useScrollReset<HTMLDivElement>(showing);
  return (
    <aside className="side-panel" aria-label={label}>
      <div ref={scroller} className="side-panel__scroll">
        {children}
      </div>
    </aside>
  );
}
