/**
 * The application: boots the atlas, then shows the explorer — or, if the data failed
 * validation, the error panel listing every issue. An error boundary around everything means a
 * crash shows a message and a reload button, never a blank page.
 */
import { AppShell } from '../ui/shell/AppShell';
import { DataErrorPanel } from '../ui/errors/DataErrorPanel';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { CrashFallback } from '../ui/errors/CrashFallback';
import { loadShippedAtlas } from './atlasData';
import { useAtlasBoot, type AtlasLoader } from './useAtlasBoot';
import { ViewerBoundary } from './ViewerBoundary';
import { UpdatePrompt } from './UpdatePrompt';

function Explorer({ load }: { load: AtlasLoader }) {
  const result = useAtlasBoot(load);
  if (!result.ok) return <DataErrorPanel issues={result.issues} />;
  return <AppShell viewer={<ViewerBoundary />} />;
}

/** The whole app. `load` defaults to the shipped data; tests pass their own. */
export function App({ load = loadShippedAtlas }: { load?: AtlasLoader }) {
  return (
    <ErrorBoundary
      name="app"
      fallback={(error) => (
        <CrashFallback
          error={error}
          title="Something went wrong"
          detail="Trigger Point Atlas hit an unexpected problem and stopped. Reloading the page usually fixes it; your place is kept in the address bar."
        />
      )}
    >
      <Explorer load={load} />
      <UpdatePrompt />
    </ErrorBoundary>
  );
}
