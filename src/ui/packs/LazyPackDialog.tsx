/**
 * The packs dialog as the shell uses it: nothing until it is first opened, then loaded as a
 * separate chunk and kept mounted (as the Learn dialog is), so a first visit pays nothing for it.
 */
import { lazy, Suspense, useState } from 'react';
import { usePackStore } from '../../state/packs';

const PackDialog = lazy(() => import('./PackDialog').then((m) => ({ default: m.PackDialog })));

export function LazyPackDialog() {
  const open = usePackStore((s) => s.dialogOpen);
  const [wanted, setWanted] = useState(open);
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <PackDialog />
    </Suspense>
  );
}
