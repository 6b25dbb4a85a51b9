/**
 * The wide-screen panel: a fixed-width column to the right of the viewer. It is always present
 * (welcome text when nothing is selected), so opening a selection never resizes the 3D view.
 */
import type { ReactNode } from 'react';

export function SidePanel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <aside className="side-panel" aria-label={label}>
      <div className="side-panel__scroll">{children}</div>
    </aside>
  );
}
