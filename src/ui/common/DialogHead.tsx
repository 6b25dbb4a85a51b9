/** The title row of the app's plain dialogs (About, Data packs): the title and a Close button. */
import type { ReactNode } from 'react';
import { CloseButton } from './CloseButton';

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
      <CloseButton label="Close" onClick={onClose} />
    </header>
  );
}
