/**
 * The grouped list of muscles and their trigger points (head to foot). This list is how
 * keyboard and screen-reader users reach every trigger point without the canvas.
 */
import type { Ref } from 'react';
import type { InstanceKey } from '../../domain/ids';
import type { ReadingLevel } from '../../domain/types';
import type { BrowseGroup } from './filter';
import { TriggerPointRow } from './TriggerPointRow';
import { useArrowNavigation } from './useArrowNavigation';

interface Props {
  groups: readonly BrowseGroup[];
  level: ReadingLevel;
  selection: InstanceKey | null;
  onPick: (key: InstanceKey) => void;
  listRef?: Ref<HTMLDivElement>;
}

export function BrowseList({ groups, level, selection, onPick, listRef }: Props) {
  const onKeyDown = useArrowNavigation();
  return (
    <div className="browse-list" ref={listRef} onKeyDown={onKeyDown}>
      {groups.map((g) => (
        <section key={g.group} className="browse-group" aria-labelledby={`group-${g.group}`}>
          <h3 id={`group-${g.group}`} className="browse-group__title">
            {g.label}
          </h3>
          <ul className="browse-group__muscles">
            {g.muscles.map(({ muscle, triggerPoints }) => (
              <li key={muscle.id} className="browse-muscle">
                <h4 className="browse-muscle__name">
                  {muscle.names.common}
                  {level === 'clinical' ? (
                    <span className="browse-muscle__latin">{muscle.names.latin}</span>
                  ) : null}
                </h4>
                <ul
                  className="browse-muscle__points"
                  aria-label={`${muscle.names.common} trigger points`}
                >
                  {triggerPoints.map((item) => (
                    <TriggerPointRow
                      key={item.triggerPoint.id}
                      item={item}
                      muscleName={muscle.names.common}
                      level={level}
                      selection={selection}
                      onPick={onPick}
                    />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
