/**
 * The app's small × button: closes a panel or dialog, dismisses a notice, clears a field or
 * removes an item. `label` says which (screen readers hear only it); `className` adds the
 * place's own positioning class.
 */
import { Icon } from './Icon';

interface Props {
  label: string;
  onClick: () => void;
  className?: string;
  /** A tooltip, where the label is longer than a mouse user needs. */
  title?: string;
}

export function CloseButton({ label, onClick, className, title }: Props) {
  return (
    <button
      type="button"
      className={className ? `btn btn--ghost btn--icon ${className}` : 'btn btn--ghost btn--icon'}
      aria-label={label}
      title={title}
      onClick={onClick}
    >
      <Icon name="close" />
    </button>
  );
}
