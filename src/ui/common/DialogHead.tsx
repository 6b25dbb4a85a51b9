/** The title row of the app's plain dialogs (About, Data packs): the title and a Close button. */
import type { ReactNode } from 'react';
import { Icon } from './Icon';

interface Props {
  id: string;
  onClose: () => void;
  /** Focusable by script (not by Tab), for dialogs that move focus to their title on opening. */
  focusable?: boolean;
  children: ReactNode;
}

export function DialogHead({ id, onClose, focusable = false, children }: Props) {
  return (
    <header className="about__head">
      <h2 id={id} tabIndex={focusable ? -1 : undefined}>
        {children}
      </h2>
      <button
        type="button"
        className="btn btn--ghost btn--icon"
        aria-label="Close"
        onClick={onClose}
      >
        <Icon name="close" />
      </button>
    </header>
  );
}
