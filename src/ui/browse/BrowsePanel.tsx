/**
 * Find a muscle: the filter box and the grouped list. The shell shows it as a left drawer on
 * wide screens and as a full-height sheet on phones; Escape closes it either way. Picking a
 * trigger point selects it and tells the shell (which closes the sheet on phones).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { InstanceKey } from '../../domain/ids';
import { useActions, useAtlasStore } from '../../state/store';
import { CloseButton } from '../common/CloseButton';
import { BrowseList } from './BrowseList';
import { countTriggerPoints, filterBrowse } from './filter';
import { FilterField } from '../common/FilterField';
import { focusFirstItem } from './useArrowNavigation';

interface Props {
  variant: 'drawer' | 'sheet';
  query: string;
  onQueryChange: (query: string) => void;
  onClose: () => void;
  /** Called after a trigger point is selected. */
  onPicked: () => void;
  /** Focus the filter when the panel opens (off on touch screens: the keyboard would cover the list). */
  focusFilter: boolean;
}

export function BrowsePanel({
  variant,
  query,
  onQueryChange,
  onClose,
  onPicked,
  focusFilter,
}: Props) {
  const atlas = useAtlasStore((s) => s.atlas);
  const level = useAtlasStore((s) => s.level);
  const selection = useAtlasStore((s) => s.selection);
  const { select } = useActions();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const groups = useMemo(() => (atlas ? filterBrowse(atlas, query) : []), [atlas, query]);
  const count = countTriggerPoints(groups);

  useEffect(() => {
    if (focusFilter) inputRef.current?.focus();
    else headingRef.current?.focus();
  }, [focusFilter]);

  const pick = (key: InstanceKey) => {
    select(key);
    onPicked();
  };

  return (
    <section
      id="browse-panel"
      className={`browse browse--${variant}`}
      role={variant === 'sheet' ? 'dialog' : 'region'}
      aria-modal={variant === 'sheet' ? true : undefined}
      aria-labelledby="browse-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <header className="browse__head">
        <h2 id="browse-title" className="browse__title" tabIndex={-1} ref={headingRef}>
          Find a muscle
        </h2>
        <CloseButton label="Close the muscle list" onClick={onClose} />
      </header>
      <FilterField
        id="browse-filter"
        label="Filter by muscle, trigger point or where it hurts"
        placeholder="Muscle, or where it hurts"
        controls="browse-results"
        value={query}
        onChange={onQueryChange}
        onArrowDown={() => focusFirstItem(listRef.current)}
        inputRef={inputRef}
      />
      <p className="browse__status" role="status">
        {query.trim()
          ? `${count} ${count === 1 ? 'trigger point matches' : 'trigger points match'}`
          : `${count} trigger points, head to foot`}
      </p>
      <div id="browse-results" className="browse__scroll">
        {groups.length > 0 ? (
          <BrowseList
            groups={groups}
            level={level}
            selection={selection}
            onPick={pick}
            listRef={listRef}
          />
        ) : (
          <div className="browse__empty">
            <p>
              Nothing matches “{query.trim()}”. Try a muscle name or a place that hurts, such as
              “temple”, “shoulder blade” or “heel”.
            </p>
            <button type="button" className="btn" onClick={() => onQueryChange('')}>
              Show all
            </button>
          </div>
        )}
      </div>
    </section>
  );
}
