/**
 * Renders its children only in the explorer, not in the pain finder. Wraps the trigger-point
 * markers: in pain mode a tap on the body adds a pain mark, so marker picking must not compete.
 */
import type { JSX, ReactNode } from 'react';
import { useAtlasStore } from '../../state/store';

export function ExploreOnly({ children }: { readonly children: ReactNode }): JSX.Element | null {
  const explore = useAtlasStore((s) => s.mode === 'explore');
  return explore ? <>{children}</> : null;
}
