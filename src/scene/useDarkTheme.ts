/**
 * Whether the page is in its dark theme: an explicit `data-theme` on <html> wins, otherwise the
 * system preference. Only used to pick a slightly deeper skin tone.
 */
import { useEffect, useState } from 'react';

function isDark(): boolean {
  if (typeof document === 'undefined') return false;
  const explicit = document.documentElement.dataset.theme;
  if (explicit === 'dark' || explicit === 'light') return explicit === 'dark';
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

export function useDarkTheme(): boolean {
  const [dark, setDark] = useState(isDark);
  useEffect(() => {
    if (typeof document === 'undefined') return;
    const update = () => setDark(isDark());
    const media =
      typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', update);
    const observer = typeof MutationObserver === 'function' ? new MutationObserver(update) : null;
    observer?.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    return () => {
      media?.removeEventListener('change', update);
      observer?.disconnect();
    };
  }, []);
  return dark;
}
