/**
 * What the pain finder draws on the body while it is open: the user's marks (and the taps and
 * strokes that add them) and the selected candidate's ×. Its own module so the scene can load it
 * as a separate chunk only when the pain finder is entered (see PainLayer).
 */
import type { JSX } from 'react';
import type { SkinSurface } from '../body/skinSurface';
import type { MarkerLayout } from '../markers/markerLayout';
import { PainMarks } from './PainMarks';
import { SelectedMarker } from './SelectedMarker';

export interface PainDrawingProps {
  readonly surface: SkinSurface;
  readonly layout: MarkerLayout | null;
}

export default function PainDrawing({ surface, layout }: PainDrawingProps): JSX.Element {
  return (
    <>
      <PainMarks surface={surface} />
      {layout && <SelectedMarker layout={layout} />}
    </>
  );
}
