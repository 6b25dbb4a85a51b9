/**
 * Turning the files a person picked or dropped into a pack import: sizes are checked before
 * anything is read (a huge file is refused, not loaded into memory), then the text goes to the
 * pack state, which validates it. The outcome is announced; returns whether the pack is active.
 */
import { sizeIssue } from '../../domain/packs';
import { describeSummary } from '../../domain/packSummary';
import { importPack, reportImportIssues } from '../../state/packActions';
import { packStore } from '../../state/packs';
import { announce } from '../common/announcer';

/** Say the outcome for screen readers (the dialog shows it too). */
function announceOutcome(ok: boolean): boolean {
  const { active, importIssues } = packStore.getState();
  announce(
    ok && active
      ? `Data pack “${active.name}” imported: ${describeSummary(active.summary)}.`
      : `The data pack was not imported: ${importIssues?.length ?? 0} problems, listed in the Data packs dialog.`,
  );
  return ok;
}

/** FileReader rather than File.text(): the same everywhere, older browsers and jsdom included. */
const readText = (file: File): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });

export async function readPackFiles(files: readonly File[]): Promise<boolean> {
  const tooLarge = files.map((f) => sizeIssue(f.name, f.size)).filter((i) => i !== null);
  if (tooLarge.length > 0) {
    reportImportIssues(tooLarge);
    return announceOutcome(false);
  }
  try {
    const inputs = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: await readText(f) })),
    );
    return announceOutcome(await importPack(inputs));
  } catch (e) {
    reportImportIssues([
      {
        file: files[0]?.name ?? 'pack',
        path: '',
        message: `could not be read (${(e as Error).message})`,
      },
    ]);
    return announceOutcome(false);
  }
}
