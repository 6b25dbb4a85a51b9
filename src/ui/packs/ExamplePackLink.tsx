/**
 * "Download an example pack": the documented example (docs/examples/), bundled into the packs
 * dialog's chunk as text so it works offline, as a starting point for a clinic's own pack.
 */
import exampleText from '../../../docs/examples/palmaris-longus-pack.json?raw';
import { Icon } from '../common/Icon';
import { downloadTextFiles } from './download';

export function ExamplePackLink() {
  return (
    <button
      type="button"
      className="btn btn--ghost pack-line__action"
      onClick={() => downloadTextFiles([{ name: 'palmaris-longus-pack.json', text: exampleText }])}
    >
      <Icon name="download" />
      Download an example pack
    </button>
  );
}
