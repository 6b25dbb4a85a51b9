/**
 * The compact top bar: app name, the browse/search button, the "Where does it hurt?" switch,
 * Learn (articles and glossary), data packs, the reading-level switch and About.
 */
import type { Ref } from 'react';
import { Icon } from '../common/Icon';
import { LearnButton } from '../learn/LearnButton';
import { PackButton } from '../packs/PackButton';
import { PainModeButton } from '../pain/PainModeButton';
import { LevelSwitch } from './LevelSwitch';
import { isKeyboardClick } from '../common/keyboardClick';

interface Props {
  browseOpen: boolean;
  browseButtonRef: Ref<HTMLButtonElement>;
  /** `byKey`: opened with the keyboard, so the filter takes focus even on a touch screen. */
  onBrowse: (byKey: boolean) => void;
  onAbout: () => void;
}

export function Header({ browseOpen, browseButtonRef, onBrowse, onAbout }: Props) {
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <img className="app-header__logo" src="favicon.svg" alt="" width="28" height="28" />
        <span className="app-header__name">Trigger Point Atlas</span>
      </div>
      <button
        ref={browseButtonRef}
        type="button"
        className={`btn app-header__browse${browseOpen ? ' is-active' : ''}`}
        aria-expanded={browseOpen}
        aria-controls="browse-panel"
        aria-keyshortcuts="/"
        onClick={(e) => onBrowse(isKeyboardClick(e))}
      >
        <Icon name="search" />
        <span className="app-header__browse-label">Find a muscle</span>
      </button>
      <PainModeButton />
      <div className="app-header__spacer" />
      <LearnButton />
      <PackButton />
      <LevelSwitch />
      <button
        type="button"
        className="btn btn--ghost btn--icon"
        aria-label="About and safety"
        title="About and safety"
        onClick={onAbout}
      >
        <Icon name="info" />
      </button>
    </header>
  );
}
