/**
 * The data packs dialog: what a pack is, the active pack (or the stored pack's problem), and
 * importing one. Native <dialog> as About and Learn use it (focus trap, Escape, top layer),
 * opened and closed through the pack store so the header, a dropped file and start-up can all
 * open it. Returns focus to whatever opened it.
 */
import { useEffect } from 'react';
import { closePacks, usePackStore } from '../../state/packs';
import { DialogHead } from '../common/DialogHead';
import { useModalDialog } from '../common/useModalDialog';
import { ActivePack } from './ActivePack';
import { ExamplePackLink } from './ExamplePackLink';
import { PackImport } from './PackImport';
import { StoredPackProblem } from './StoredPackProblem';

export function PackDialog() {
  const open = usePackStore((s) => s.dialogOpen);
  const active = usePackStore((s) => s.active);
  const storedIssues = usePackStore((s) => s.storedIssues);
  const dialogProps = useModalDialog(open, closePacks);

  // Opening lands on the title, so a screen reader starts from what this dialog is.
  useEffect(() => {
    if (open) document.getElementById('packs-title')?.focus({ preventScroll: true });
  }, [open]);

  return (
    <dialog className="about packs" aria-labelledby="packs-title" {...dialogProps}>
      <div className="about__body">
        <DialogHead id="packs-title" onClose={closePacks} focusable>
          Data packs
        </DialogHead>
        <p>
          A data pack adds to this atlas or corrects it: extra muscles, trigger points and body
          regions written by a clinic or a teacher, as one or more <code>.json</code> files. It is
          checked like the atlas’s own data before it is used, and it stays on this device: nothing
          is uploaded.
        </p>
        {storedIssues ? <StoredPackProblem issues={storedIssues} /> : null}
        {active ? <ActivePack pack={active} /> : null}
        <PackImport replaces={active !== null || storedIssues !== null} />
        <p className="packs__note">
          A pack is made of the atlas’s own file formats (described with the project’s source, in{' '}
          <code>docs/packs.md</code>). The example adds one muscle and can be imported as it is.
        </p>
        <p>
          <ExamplePackLink />
        </p>
      </div>
    </dialog>
  );
}
