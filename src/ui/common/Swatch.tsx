/**
 * Legend swatches drawn with the same patterns as the body: solid red for the essential zone,
 * red dots on a light tint for the spillover zone, and the × trigger-point marker. The pattern,
 * not only the colour, tells them apart.
 */
import { Icon } from './Icon';

export type SwatchKind = 'essential' | 'spillover' | 'marker';

/** A decorative swatch; the surrounding text names what it stands for. */
export function Swatch({ kind }: { kind: SwatchKind }) {
  if (kind === 'marker') {
    return (
      <span className="swatch swatch--marker" aria-hidden="true">
        <Icon name="marker" />
      </span>
    );
  }
  return <span className={`swatch swatch--${kind}`} aria-hidden="true" />;
}
