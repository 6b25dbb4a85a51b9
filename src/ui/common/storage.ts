/**
 * Guarded localStorage: storage can be missing (private mode, disabled cookies, sandboxed
 * frames), full, or hold a value some other version wrote. Every read and write here fails
 * quietly to a default, so a storage problem never breaks the app.
 */

/** The browser's storage, or null when it cannot be used. */
function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** Read a boolean flag; anything other than the exact stored "1" counts as unset. */
export function readFlag(key: string): boolean {
  try {
    return storage()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Set a boolean flag; returns false when it could not be stored. */
export function writeFlag(key: string, value: boolean): boolean {
  try {
    const s = storage();
    if (!s) return false;
    if (value) s.setItem(key, '1');
    else s.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
