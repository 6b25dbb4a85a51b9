/**
 * The app's small × button: closes a panel or dialog, dismisses a notice, clears a field or
 * removes an item. `label` says which (screen readers hear only it); `className` adds the
 * place's own positioning class. `removesItself`: the button's notice goes away when pressed,
 * so focus moves on to the next control first (focusPast.ts).
 */
import { focusPast } from './focusPast';
import { Icon } from './Icon';

interface Props {
  label: string;
  onClick: () => void;
  className?: string;
  /** A tooltip, where the label is longer than a mouse user needs. */
  title?: string;
  removesItself?: boolean;
}

export function CloseButton({ label, onClick, className, title, removesItself }: Props) {
  return (
    <button
      type="button"
      className={className ? `btn btn--ghost btn--icon ${className}` : 'btn btn--ghost btn--icon'}
      aria-label={label}
      title={title}
      onClick={(e) => {
        if (removesItself) focusPast(e.currentTarget);
        onClick();
      }}
    >
      <Icon name="close" />
    </button>
  );
}
