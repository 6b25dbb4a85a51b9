/**
 * Drag-and-drop import anywhere on the page: while files are dragged over the window a
 * full-page hint says what dropping does; dropping imports them as a data pack and opens the
 * packs dialog to show the result (the pack, or what is wrong with it). Drags that carry no
 * files (text, links) are left alone.
 */
import { useEffect, useState } from 'react';
import { openPacks } from '../../state/packs';
import { Icon } from '../common/Icon';

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

export function PackDropTarget() {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const over = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      // Leaving the window: relatedTarget is null.
      if (e.relatedTarget === null) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      setDragging(false);
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      // The import code loads on the first drop, like the dialog it opens.
      void import('./readPackFiles')
        .then(({ readPackFiles }) => readPackFiles(files))
        .then(openPacks);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);

  if (!dragging) return null;
  return (
    <div className="pack-drop" aria-hidden="true">
      <div className="pack-drop__card">
        <Icon name="pack" />
        <p>Drop to import a data pack</p>
        <p className="pack-drop__hint">It is checked first, and stays on this device.</p>
      </div>
    </div>
  );
}
