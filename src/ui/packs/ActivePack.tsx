/** The active pack: its name, what it brings, when it was imported, and the way to remove it. */
import { describeSummary } from '../../domain/packSummary';
import type { ActivePack as Pack } from '../../state/packs';
import { Icon } from '../common/Icon';
import { RemovePack } from './RemovePack';

const when = (iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
};

export function ActivePack({ pack }: { pack: Pack }) {
  const date = when(pack.importedAt);
  return (
    <section className="packs__card packs__card--active" aria-labelledby="packs-active-title">
      <h3 id="packs-active-title" className="packs__card-title">
        <Icon name="pack" />
        <span>
          Active: <span className="packs__name">{pack.name}</span>
        </span>
      </h3>
      <p className="packs__counts" data-testid="pack-counts">
        Adds or corrects {describeSummary(pack.summary)}
        {date ? ` · imported ${date}` : ''}
      </p>
      {pack.about ? <p className="packs__about">{pack.about}</p> : null}
      {pack.saved ? (
        <p className="packs__note">Kept on this device: it is still here after a reload.</p>
      ) : (
        <p className="packs__note packs__note--warning" role="status">
          This device would not store the pack (storage is full or blocked), so it lasts only until
          the page is reloaded.
        </p>
      )}
      <RemovePack name={pack.name} />
    </section>
  );
}
