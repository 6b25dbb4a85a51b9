/** Connects the service worker's "new version waiting" flag to the update banner. */
import { useSyncExternalStore } from 'react';
import { UpdateBanner } from '../ui/notices/UpdateBanner';
import { dismissUpdate, reloadToUpdate, subscribeUpdate, updateWaiting } from './serviceWorker';

export function UpdatePrompt() {
  const open = useSyncExternalStore(subscribeUpdate, updateWaiting, () => false);
  return <UpdateBanner open={open} onReload={reloadToUpdate} onDismiss={dismissUpdate} />;
}
