/**
 * The Learn dialog as the app shell uses it: nothing until Learn is first opened, then
 * LearnDialog loaded as a separate chunk and kept mounted, so closing it still returns focus to
 * whatever opened it and reopening is instant.
 */
import { lazy, Suspense } from 'react';
import { useOpenedOnce } from '../common/useOpenedOnce';
import { useAtlasStore } from '../../state/store';

const LearnDialog = lazy(() => import('./LearnDialog').then((m) => ({ default: m.LearnDialog })));

export function LazyLearnDialog() {
  const opened = useOpenedOnce(useAtlasStore((s) => s.learn !== null));
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <LearnDialog />
    </Suspense>
  );
}
