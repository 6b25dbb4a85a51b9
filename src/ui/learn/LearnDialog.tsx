/**
 * The Learn view: general education and the glossary in a modal dialog (full screen on
 * phones), opened and closed through the store's `learn` state so any text in the app can
 * open a term or an article. Native <dialog> gives the focus trap, Escape and the top layer;
 * where showModal is missing (older browsers, jsdom) it falls back to the open attribute, as
 * the About dialog does. Keeps its own trail for Back; returns focus to whatever opened it.
 */
import { useEffect, useRef, useState } from 'react';
import { useActions, useAtlasStore, type LearnTarget } from '../../state/store';
import { Icon } from '../common/Icon';
import { CloseButton } from '../common/CloseButton';
import { useModalDialog } from '../common/useModalDialog';
import { LevelSwitch } from '../shell/LevelSwitch';
import { LearnPage } from './LearnPage';
import { backTarget, goBack, visit, type Trail } from './trail';

export function LearnDialog() {
  const learn = useAtlasStore((s) => s.learn);
  const atlas = useAtlasStore((s) => s.atlas);
  const level = useAtlasStore((s) => s.level);
  const { openLearn, closeLearn } = useActions();
  const bodyRef = useRef<HTMLDivElement>(null);

  // The trail follows the store: every page shown is appended (derived during render, so
  // pages opened from a link inside the view and from outside it are treated alike).
  const [trail, setTrail] = useState<Trail>([]);
  const [shown, setShown] = useState<LearnTarget | null>(null);
  if (learn !== shown) {
    setShown(learn);
    setTrail((t) => (learn ? visit(t, learn) : []));
  }
  const back = backTarget(trail);

  const dialogProps = useModalDialog(learn !== null, closeLearn);

  // Each new page starts at the top with its title focused, so keyboard and screen-reader
  // users hear where they are.
  useEffect(() => {
    if (!learn) return;
    bodyRef.current?.scrollTo?.({ top: 0 });
    document.getElementById('learn-title')?.focus({ preventScroll: true });
  }, [learn]);

  return (
    <dialog className="learn" aria-labelledby="learn-title" {...dialogProps}>
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
          <CloseButton label="Close Learn" title="Close" onClick={closeLearn} />
        </header>
        <div className="learn__body" ref={bodyRef}>
          {learn && atlas ? <LearnPage target={learn} atlas={atlas} level={level} /> : null}
        </div>
      </div>
    </dialog>
  );
}
