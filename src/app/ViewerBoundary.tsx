/**
 * The 3D viewer inside its own error boundary: if the scene crashes, the box says so and offers a
 * reload, while the header, the muscle list and the panel keep working. The scene (three.js and
 * friends, most of the bundle) is loaded as a separate chunk, so the panel and list appear
 * before the 3D code has been parsed.
 */
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { CrashFallback } from '../ui/errors/CrashFallback';
import { ViewerLoading } from '../ui/viewer/ViewerLoading';

const Viewer = lazy(() => import('../scene/Viewer').then((m) => ({ default: m.Viewer })));

export function ViewerBoundary() {
  return (
    <ErrorBoundary
      name="viewer"
      fallback={(error) => (
        <CrashFallback
          compact
          error={error}
          title="The 3D view stopped working"
          detail="You can still find muscles in the list and read about each trigger point. Reloading usually brings the body back."
        />
      )}
    >
      <Suspense fallback={<ViewerLoading />}>
        <Viewer />
      </Suspense>
    </ErrorBoundary>
  );
}
