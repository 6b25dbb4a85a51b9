/**
 * The packs dialog as the shell uses it: nothing until it is first opened, then loaded as a
 * separate chunk and kept mounted (as the Learn dialog is), so a first visit pays nothing for it.
 */
import { lazy, Suspense } from 'react';
import { useOpenedOnce } from '../common/useOpenedOnce';
import { usePackStore } from '../../state/packs';

const PackDialog = lazy(() => import('./PackDialog').then((m) => ({ default: m.PackDialog })));

export function LazyPackDialog() {
  const opened = useOpenedOnce(usePackStore((s) => s.dialogOpen));
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <PackDialog />
    </Suspense>
  );
}
