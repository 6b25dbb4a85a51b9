/**
 * The 3D viewer inside its own error boundary: if the scene crashes, the box says so and offers a
 * reload, while the header, the muscle list and the panel keep working. The scene (three.js and
 * friends, most of the bundle) is loaded as a separate chunk, so the panel and list appear
 * before the 3D code has been parsed.
 *
 * The chunk is loaded by hand rather than with `lazy` and `<Suspense>`: React holds back the
 * content of a Suspense boundary until 300 ms after its fallback appeared (so that content
 * arriving in quick succession is shown together), and the 3D chunk, preloaded, arrives well
 * within that — every first frame waited up to 300 ms for nothing.
 */
import { useEffect, useState, type JSX } from 'react';
import type { Viewer } from '../scene/Viewer';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { CrashFallback } from '../ui/errors/CrashFallback';
import { ViewerLoading } from '../ui/viewer/ViewerLoading';

type ViewerComponent = typeof Viewer;

type ChunkLoad =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly Viewer: ViewerComponent }
  | { readonly status: 'failed'; readonly error: unknown };

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
      <LoadedViewer />
    </ErrorBoundary>
  );
}

function LoadedViewer(): JSX.Element {
  const [chunk, setChunk] = useState<ChunkLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    import('../scene/Viewer').then(
      (m) => live && setChunk({ status: 'ready', Viewer: m.Viewer }),
      (error: unknown) => live && setChunk({ status: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, []);
  // A chunk that cannot be loaded is a crash of the viewer: the boundary above shows it.
  if (chunk.status === 'failed') throw chunk.error;
  return chunk.status === 'ready' ? <chunk.Viewer /> : <ViewerLoading />;
}
