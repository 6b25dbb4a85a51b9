/**
 * False until `open` is first true, then true for good: a lazily loaded dialog mounts (and
 * fetches its chunk) only when first opened, then stays mounted so closing it can still
 * return focus and reopening is instant.
 */
import { useState } from 'react';

export function useOpenedOnce(open: boolean): boolean {
  const [opened, setOpened] = useState(open);
  if (open && !opened) setOpened(true);
  return opened;
}
