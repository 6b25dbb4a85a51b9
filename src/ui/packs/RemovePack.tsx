/**
 * "Remove pack" with a confirmation step in place (no browser pop-up): the first press asks,
 * naming what will go; only "Remove" in the question removes it. Keep closes the question and
 * returns focus to the first button.
 */
import { useEffect, useRef, useState } from 'react';
import { removePack } from '../../state/packActions';
import { announce } from '../common/announcer';

export function RemovePack({ name, label = 'Remove pack' }: { name: string; label?: string }) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  // Focus follows the question: to "Remove" when it is asked, back to the button after "Keep it".
  const answered = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (answered.current) startRef.current?.focus();
  }, [asking]);

  if (!asking)
    return (
      <button ref={startRef} type="button" className="btn" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <div className="packs__confirm" role="group" aria-label="Confirm removal">
      <p>
        Remove “{name}” from this device and go back to the atlas as shipped? This cannot be undone;
        keep a copy of the file if you may need it again.
      </p>
      <div className="packs__actions">
        <button
          ref={confirmRef}
          type="button"
          className="btn btn--primary"
          onClick={() => {
            void removePack().then(() =>
              announce(`Data pack “${name}” removed; the atlas is as shipped.`),
            );
          }}
        >
          Remove
        </button>
        <button
          type="button"
          className="btn"
          onClick={() => {
            answered.current = true;
            setAsking(false);
          }}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}
