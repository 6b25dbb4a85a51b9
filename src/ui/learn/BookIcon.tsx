/**
 * An open-book icon for the Learn entry points, drawn like the shared icon set (24 × 24 stroke,
 * `.icon` class). Decorative: every control showing it also has a text label.
 */
export function BookIcon({ className }: { className?: string }) {
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
      <path d="M12 6.5C10.2 5 7.6 4.5 3.5 4.8v13.4c4.1-.3 6.7.2 8.5 1.7 1.8-1.5 4.4-2 8.5-1.7V4.8c-4.1-.3-6.7.2-8.5 1.7z" />
      <path d="M12 6.5v13.4" />
    </svg>
  );
}
