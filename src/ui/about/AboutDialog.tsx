/**
 * About and safety: what the app is, how to use it, privacy, and the full disclaimer. A native
 * <dialog> driven as the other dialogs are (useModalDialog): focus trap, Escape, the page's "/"
 * shortcut held off while it is open, and focus back to whatever opened it on close.
 */
import { DialogHead } from '../common/DialogHead';
import { useModalDialog } from '../common/useModalDialog';
import { Disclaimer } from './Disclaimer';
import { Icon } from '../common/Icon';
import { openPacks } from '../../state/packs';

interface Props {
  open: boolean;
  onClose: () => void;
}

export function AboutDialog({ open, onClose }: Props) {
  const dialogProps = useModalDialog(open, onClose);

  return (
    <dialog className="about" aria-labelledby="about-title" {...dialogProps}>
      <div className="about__body">
        <DialogHead id="about-title" onClose={onClose}>
          About Trigger Point Atlas
        </DialogHead>
        <p>
          A 3D guide to myofascial trigger points — tight, tender spots in muscles — and the places
          their pain is felt, which are often far from the spot itself.
        </p>
        <h3>How to use it</h3>
        <ul className="about__list">
          <li>Drag to turn the body; pinch or scroll to zoom.</li>
          <li>
            Tap a × on the body, or use “Find a muscle”, to see where that trigger point’s pain
            spreads.
          </li>
          <li>Switch between Patient (plain words) and Clinical (anatomical terms) at the top.</li>
          <li>
            Keyboard: <kbd>/</kbd> opens the muscle list, arrow keys move through it,{' '}
            <kbd>Enter</kbd> selects and <kbd>Esc</kbd> closes.
          </li>
        </ul>
        <h3>Privacy</h3>
        <p>Everything runs on this device. Nothing you do here is sent anywhere.</p>
        <h3>Data packs</h3>
        <p>
          A clinic or a teacher can give you a data pack: extra or corrected muscles, trigger points
          and body regions. It is checked before use and stays on this device.
        </p>
        <p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              onClose();
              openPacks();
            }}
          >
            <Icon name="pack" />
            Data packs…
          </button>
        </p>
        <Disclaimer />
      </div>
    </dialog>
  );
}
