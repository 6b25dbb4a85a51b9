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
 *
 * "Loading the 3D body…" stays over the stage until the body is drawn: after the code, the
 * model itself may take a while to arrive.
 */
import { useEffect, useState, type JSX } from 'react';
import { useAtlasStore } from '../state/store';
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
  const shown = useBodyShownOnce();
  // A chunk that cannot be loaded is a crash of the viewer: the boundary above shows it.
  if (chunk.status === 'failed') throw chunk.error;
  if (chunk.status === 'loading') return <ViewerLoading />;
  return (
    <>
      <chunk.Viewer />
      {/* The model may still be downloading (a first visit on a slow network). */}
      {!shown && <ViewerLoading />}
    </>
  );
}

/**
 * Has the body been drawn, or has the 3D view said it will not draw it, since this mounted?
 * Stays true afterwards: a lost context is restored under a notice of its own.
 */
function useBodyShownOnce(): boolean {
  const settled = useAtlasStore((s) => s.sceneReady || s.sceneFailed);
  const [once, setOnce] = useState(settled);
  if (settled && !once) setOnce(true);
  return once || settled;
}
