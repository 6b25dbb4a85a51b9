/**
 * The Learn view: general education and the glossary in a modal dialog (full screen on
 * phones), opened and closed through the store's `learn` state so any text in the app can
 * open a term or an article. Native <dialog> gives the focus trap, Escape and the top layer;
 * where showModal is missing (older browsers, jsdom) it falls back to the open attribute, as
 * the About dialog does. Keeps its own trail for Back; returns focus to whatever opened it.
 */
import { useEffect, useRef, useState } from 'react';
import { atlasStore, useActions, useAtlasStore, type LearnTarget } from '../../state/store';
import { Icon } from '../common/Icon';
import { LevelSwitch } from '../shell/LevelSwitch';
import { LearnPage } from './LearnPage';
import { backTarget, goBack, visit, type Trail } from './trail';

export function LearnDialog() {
  const learn = useAtlasStore((s) => s.learn);
  const atlas = useAtlasStore((s) => s.atlas);
  const level = useAtlasStore((s) => s.level);
  const { openLearn, closeLearn } = useActions();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // The trail follows the store: every page shown is appended (derived during render, so
  // pages opened from a link inside the view and from outside it are treated alike).
  const [trail, setTrail] = useState<Trail>([]);
  const [shown, setShown] = useState<LearnTarget | null>(null);
  if (learn !== shown) {
    setShown(learn);
    setTrail((t) => (learn ? visit(t, learn) : []));
  }
  const back = backTarget(trail);

  const open = learn !== null;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open) {
      if (dialog.open) {
        if (typeof dialog.close === 'function') dialog.close();
        else dialog.removeAttribute('open');
      }
      if (returnFocus.current?.isConnected) returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [open]);

  // Each new page starts at the top with its title focused, so keyboard and screen-reader
  // users hear where they are.
  useEffect(() => {
    if (!learn) return;
    bodyRef.current?.scrollTo?.({ top: 0 });
    document.getElementById('learn-title')?.focus({ preventScroll: true });
  }, [learn]);

  return (
    <dialog
      ref={dialogRef}
      className="learn"
      aria-labelledby="learn-title"
      // The browser may close the dialog itself (a repeated Escape): keep the store in step.
      onClose={() => {
        if (atlasStore.getState().learn) closeLearn();
      }}
      onCancel={(e) => {
        e.preventDefault();
        closeLearn();
      }}
      onKeyDown={(e) => {
        // Escape is handled here rather than left to the browser's cancel event: the same in
        // every browser, and marked handled so the page's own keys (Escape closes the muscle
        // list, "/" opens it) do not act behind the dialog.
        if (e.key === 'Escape') {
          e.preventDefault();
          closeLearn();
        } else if (e.key === '/' && !(e.target instanceof HTMLInputElement)) {
          e.preventDefault();
        }
      }}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) closeLearn();
      }}
    >
      <div className="learn__frame">
        <header className="learn__bar">
          {back ? (
            <button
              type="button"
              className="btn btn--ghost learn__back"
              onClick={() => {
                setTrail(goBack);
                openLearn(back);
              }}
            >
              <Icon name="chevron" className="learn__back-icon" />
              Back
            </button>
          ) : (
            <span className="learn__bar-name">Learn</span>
          )}
          <span className="learn__bar-spacer" />
          <LevelSwitch />
          <button
            type="button"
            className="btn btn--ghost btn--icon"
            aria-label="Close Learn"
            title="Close"
            onClick={closeLearn}
          >
            <Icon name="close" />
          </button>
        </header>
        <div className="learn__body" ref={bodyRef}>
          {learn && atlas ? <LearnPage target={learn} atlas={atlas} level={level} /> : null}
        </div>
      </div>
    </dialog>
  );
}
