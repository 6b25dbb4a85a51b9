/**
 * Choosing a pack to import: a button that opens the file picker (one or more .json files),
 * and a drop area for dragging files in. Problems with the last attempt are listed here; a
 * successful import is announced and shown as the active pack above.
 */
import { useRef, useState, type DragEvent } from 'react';
import { usePackStore } from '../../state/packs';
import { Icon } from '../common/Icon';
import { PackIssueList } from './PackIssueList';
import { readPackFiles } from './readPackFiles';

export function PackImport({ replaces }: { replaces: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const issues = usePackStore((s) => s.importIssues);
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);

  const take = async (files: readonly File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    await readPackFiles(files);
    setBusy(false);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void take([...e.dataTransfer.files]);
  };

  return (
    <section className="packs__import" aria-labelledby="packs-import-title">
      <h3 id="packs-import-title">{replaces ? 'Import a different pack' : 'Import a pack'}</h3>
      <div
        className={`packs__drop${over ? ' is-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <button
          type="button"
          className="btn btn--primary"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          <Icon name="pack" />
          {busy ? 'Checking…' : 'Choose pack file…'}
        </button>
        <span className="packs__drop-hint">or drop .json files here</span>
        <input
          ref={input}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          multiple
          tabIndex={-1}
          aria-label="Data pack files"
          data-testid="pack-file-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void take(files);
          }}
        />
      </div>
      {replaces ? <p className="packs__note">A new pack replaces the one stored now.</p> : null}
      {issues && issues.length > 0 ? (
        <div className="packs__card packs__card--problem" role="alert">
          <p className="packs__card-title">
            <Icon name="alert" />
            <span>
              The pack was not imported:{' '}
              {issues.length === 1 ? '1 problem' : `${issues.length} problems`}. The atlas is
              unchanged.
            </span>
          </p>
          <PackIssueList issues={issues} label="Problems in the pack" />
        </div>
      ) : null}
    </section>
  );
}
