import type { MouseEvent } from 'react';

/**
 * Was this click made with the keyboard (Enter or Space on a button) rather than a pointer?
 * Browsers report such clicks with `detail` 0 (no pointer presses). A touch-screen user gets
 * no on-screen keyboard pushed over a list they opened by tapping; someone pressing Enter can
 * type at once.
 */
export const isKeyboardClick = (event: MouseEvent): boolean => event.detail === 0;
