/**
 * The app's icon set: small inline SVGs (no icon font, nothing downloaded). Icons are
 * decorative — every button that shows one also has a text label or an aria-label.
 */
import type { ReactElement } from 'react';

export type IconName =
  | 'search'
  | 'close'
  | 'front'
  | 'back'
  | 'left'
  | 'right'
  | 'reset'
  | 'info'
  | 'chevron'
  | 'alert'
  | 'reload'
  | 'marker'
  | 'swap'
  | 'book'
  | 'pain'
  | 'pack'
  | 'download';

const PATHS: Record<IconName, ReactElement> = {
  search: (
    <>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="M15 15l5 5" />
    </>
  ),
  close: <path d="M6 6l12 12M18 6L6 18" />,
  // Front: a figure with a face; back: the same figure with a spine line.
  front: (
    <>
      <circle cx="12" cy="6.5" r="3.5" />
      <path d="M5 21v-2.5a5 5 0 0 1 5-5h4a5 5 0 0 1 5 5V21" />
      <path d="M10.6 6.2h.01M13.4 6.2h.01" strokeWidth="2.2" />
    </>
  ),
  back: (
    <>
      <circle cx="12" cy="6.5" r="3.5" />
      <path d="M5 21v-2.5a5 5 0 0 1 5-5h4a5 5 0 0 1 5 5V21" />
      <path d="M12 15v6" />
    </>
  ),
  // Side views: a head in profile facing the way the body faces on screen.
  left: (
    <>
      <path d="M15 21v-4.5M9.5 21v-3.5" />
      <path d="M15 16.5c3-1.2 4.5-3.8 4.5-7A6.5 6.5 0 0 0 8 6.2L5.5 9.6l1.8.7-.3 2.2c-.2 1.4.9 2.5 2.3 2.5h.2v2.8" />
    </>
  ),
  right: (
    <>
      <path d="M9 21v-4.5M14.5 21v-3.5" />
      <path d="M9 16.5c-3-1.2-4.5-3.8-4.5-7A6.5 6.5 0 0 1 16 6.2l2.5 3.4-1.8.7.3 2.2c.2 1.4-.9 2.5-2.3 2.5h-.2v2.8" />
    </>
  ),
  reset: (
    <>
      <path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3" />
      <path d="M4.5 4.5v4h4" />
    </>
  ),
  info: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v6M12 7.5h.01" />
    </>
  ),
  chevron: <path d="M8 10l4 4 4-4" />,
  alert: (
    <>
      <path d="M12 3.5l9.5 16.5h-19z" />
      <path d="M12 10v4.5M12 17.2h.01" />
    </>
  ),
  reload: (
    <>
      <path d="M19.5 12a7.5 7.5 0 1 1-2.2-5.3" />
      <path d="M19.5 4.5v4h-4" />
    </>
  ),
  marker: <path d="M6.5 6.5l11 11M17.5 6.5l-11 11" strokeWidth="3" />,
  swap: (
    <>
      <path d="M7 7h12l-3-3M17 17H5l3 3" />
    </>
  ),
  // An open book: the Learn entry points.
  book: (
    <>
      <path d="M12 6.5C10.2 5 7.6 4.5 3.5 4.8v13.4c4.1-.3 6.7.2 8.5 1.7 1.8-1.5 4.4-2 8.5-1.7V4.8c-4.1-.3-6.7.2-8.5 1.7z" />
      <path d="M12 6.5v13.4" />
    </>
  ),
  // A spot with a small burst: the pain finder.
  pain: (
    <>
      <circle cx="12" cy="12" r="3" />
      <path d="M12 3.5v2.5M12 18v2.5M3.5 12H6M18 12h2.5M6 6l1.8 1.8M16.2 16.2L18 18M18 6l-1.8 1.8M7.8 16.2L6 18" />
    </>
  ),
  // A closed box: a data pack.
  pack: (
    <>
      <path d="M12 3l8 4v10l-8 4-8-4V7z" />
      <path d="M4 7l8 4 8-4M12 11v10" />
    </>
  ),
  download: (
    <>
      <path d="M12 4v11M7.5 10.5L12 15l4.5-4.5" />
      <path d="M5 19.5h14" />
    </>
  ),
};

/** An inline stroke icon at 1em-independent size (styled by the `.icon` class). */
export function Icon({ name, className }: { name: IconName; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.9"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
