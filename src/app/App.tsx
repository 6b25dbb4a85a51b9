/**
 * The application: shows the explorer at once while the atlas boots (the 3D view does not wait
 * for the data check), and replaces it with the error panel listing every issue if the data
 * fails validation. An error boundary around everything means a crash shows a message and a
 * reload button, never a blank page.
 */
import { AppShell } from '../ui/shell/AppShell';
import { DataErrorPanel } from '../ui/errors/DataErrorPanel';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { CrashFallback } from '../ui/errors/CrashFallback';
import { useAtlasBoot, type AtlasLoader } from './useAtlasBoot';
import { ViewerBoundary } from './ViewerBoundary';
import { UpdatePrompt } from './UpdatePrompt';

function Explorer({ load }: { load: AtlasLoader }) {
  const result = useAtlasBoot(load);
  if (result.ok === false)
    return (
      <>
        <DataErrorPanel issues={result.issues} />
        <UpdatePrompt />
      </>
    );
  return <AppShell viewer={<ViewerBoundary />} notices={<UpdatePrompt />} />;
}

/** The whole app. main.tsx loads the shipped data in a worker; tests pass their own loader. */
export function App({ load }: { load: AtlasLoader }) {
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
    </ErrorBoundary>
  );
}
