/**
 * Save text files to the user's device through a temporary object URL: nothing is uploaded,
 * the browser writes the file locally.
 */
export function downloadTextFiles(files: readonly { name: string; text: string }[]): void {
  for (const file of files) {
    const url = URL.createObjectURL(new Blob([file.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // Revoked later: some browsers start the download only after the click handler returns.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
