/**
 * Inline styles of the Viewer's own DOM (messages and the hover label), so the scene layer
 * ships no stylesheet of its own. Colours follow the page's text colour where they can, so
 * light and dark themes both work.
 */
import type { CSSProperties } from 'react';

export const fill: CSSProperties = {
  position: 'relative',
  width: '100%',
  height: '100%',
  overflow: 'hidden',
};

export const message: CSSProperties = {
  position: 'absolute',
  inset: 0,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'center',
  gap: '0.5rem',
  padding: '1.5rem',
  textAlign: 'center',
  fontSize: '1rem',
  lineHeight: 1.5,
};

export const restoring: CSSProperties = {
  position: 'absolute',
  left: '50%',
  top: '1rem',
  transform: 'translateX(-50%)',
  padding: '0.4rem 0.8rem',
  borderRadius: '999px',
  background: 'rgba(20, 24, 31, 0.85)',
  color: '#fff',
  fontSize: '0.875rem',
  pointerEvents: 'none',
};

export const label: CSSProperties = {
  position: 'absolute',
  left: 0,
  top: 0,
  maxWidth: 'min(22rem, 80%)',
  padding: '0.3rem 0.6rem',
  borderRadius: '6px',
  background: 'rgba(20, 24, 31, 0.9)',
  color: '#fff',
  fontSize: '0.875rem',
  lineHeight: 1.35,
  pointerEvents: 'none',
  whiteSpace: 'normal',
  boxShadow: '0 2px 8px rgba(0, 0, 0, 0.25)',
  zIndex: 1,
};
