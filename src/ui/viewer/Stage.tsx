/**
 * The 3D stage: the viewer (passed in by the app, since ui may not import the scene) with the
 * DOM overlays on top — view and layer controls, legend, first-visit hint and notices. Overlays
 * leave the canvas free for dragging except where they sit.
 */
import type { ReactNode } from 'react';
import { useAtlasStore } from '../../state/store';
import { NoticeToasts } from '../notices/NoticeToasts';
import { FirstVisitHint } from './FirstVisitHint';
import { LayerControls } from './LayerControls';
import { Legend } from './Legend';
import { StageDescription } from './StageDescription';
import { ViewControls } from './ViewControls';

interface Props {
  viewer: ReactNode;
  /** Extra overlay, e.g. the browse drawer on wide screens. */
  children?: ReactNode;
}

export function Stage({ viewer, children }: Props) {
  // With a selection the phone sheet is raised, so the overlays move up under the controls.
  const selected = useAtlasStore((s) => s.selection !== null);
  return (
    <div className={selected ? 'stage stage--selected' : 'stage'}>
      {/* Named and described in words: the canvas alone says nothing to a screen reader. */}
      <div
        className="stage__viewer"
        role="region"
        aria-label="3D body view"
        aria-describedby="stage-description"
      >
        {viewer}
      </div>
      <StageDescription id="stage-description" />
      <div className="stage__top">
        <ViewControls />
        <LayerControls />
      </div>
      <div className="stage__bottom">
        <NoticeToasts />
        <Legend />
        <FirstVisitHint />
      </div>
      {children}
    </div>
  );
}
