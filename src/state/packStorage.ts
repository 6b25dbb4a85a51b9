/**
 * Where an imported data pack is kept on this device: one localStorage entry holding the
 * pack's record (src/domain/packRecord.ts) as text. Storage can be missing (private mode,
 * sandboxed frames) or full; every call here fails quietly to "nothing stored" / false, so a
 * storage problem never breaks the app. The raw text is returned unparsed: the caller validates
 * it, and `storedPackDownloads` (packActions.ts) can still hand a damaged record back to the user instead of
 * dropping it.
 */
import type { PackRecord } from '../domain/packRecord';

export const PACK_STORAGE_KEY = 'tpa.pack.v1';

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** The stored record's text, or null when there is none (or storage cannot be read). */
export function readStoredPack(): string | null {
  try {
    return storage()?.getItem(PACK_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

/** Keep a pack; false when it could not be stored (no storage, or it is full). */
export function writeStoredPack(record: PackRecord): boolean {
  try {
    const s = storage();
    if (!s) return false;
    s.setItem(PACK_STORAGE_KEY, JSON.stringify(record));
    return true;
  } catch {
    return false;
  }
}

export function removeStoredPack(): void {
  try {
    storage()?.removeItem(PACK_STORAGE_KEY);
  } catch {
    /* nothing stored that could be removed */
  }
}
