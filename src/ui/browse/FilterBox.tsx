/**
 * The browse filter: a search field that narrows the list as you type. Arrow Down moves into
 * the results; the clear button empties it.
 */
import type { Ref } from 'react';
import { Icon } from '../common/Icon';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onArrowDown: () => void;
  inputRef?: Ref<HTMLInputElement>;
}

export function FilterBox({ value, onChange, onArrowDown, inputRef }: Props) {
  return (
    <div className="filter">
      <label htmlFor="browse-filter" className="visually-hidden">
        Filter by muscle, trigger point or where it hurts
      </label>
      <Icon name="search" className="filter__icon" />
      <input
        id="browse-filter"
        ref={inputRef}
        className="filter__input"
        type="search"
        value={value}
        placeholder="Muscle, or where it hurts"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-controls="browse-results"
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
      />
      {value ? (
        <button
          type="button"
          className="filter__clear btn btn--ghost btn--icon"
          aria-label="Clear the filter"
          onClick={() => onChange('')}
        >
          <Icon name="close" />
        </button>
      ) : null}
    </div>
  );
}
