/**
 * The text alternative of the 3D canvas: a visually hidden paragraph, referenced by the stage's
 * aria-describedby, kept in step with the store (see stageDescription.ts for the wording).
 */
import { useAtlasStore } from '../../state/store';
import { describeStage } from './stageDescription';

export function StageDescription({ id }: { id: string }) {
  const atlas = useAtlasStore((s) => s.atlas);
  const selection = useAtlasStore((s) => s.selection);
  const level = useAtlasStore((s) => s.level);
  const mode = useAtlasStore((s) => s.mode);
  const marks = useAtlasStore((s) => s.painMarks.length);
  if (!atlas) return null;
  const instance = selection ? atlas.instanceByKey.get(selection) : undefined;
  return (
    <p id={id} className="visually-hidden" data-testid="stage-description">
      {describeStage(atlas, instance, mode, marks, level)}
    </p>
  );
}
