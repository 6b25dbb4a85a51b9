/**
 * A search field that narrows a list as you type, with a clear button once it holds text. Used
 * by the muscle list and the glossary. The label is for screen readers (the icon and the
 * placeholder say it visually); `controls` names the list it filters. Arrow Down, when
 * `onArrowDown` is given, moves into the results. Clearing returns focus to the field (the
 * clear button itself goes away with the text).
 */
import { useRef, type Ref } from 'react';
import { Icon } from './Icon';
import { CloseButton } from './CloseButton';

interface Props {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  controls: string;
  onArrowDown?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
}

export function FilterField({
  id,
  label,
  placeholder,
  value,
  onChange,
  controls,
  onArrowDown,
  inputRef,
  className,
}: Props) {
  // The field is found through the wrapper: `inputRef` belongs to the caller.
  const wrapper = useRef<HTMLDivElement>(null);
  return (
    <div ref={wrapper} className={className ? `filter ${className}` : 'filter'}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <Icon name="search" className="filter__icon" />
      <input
        id={id}
        ref={inputRef}
        className="filter__input"
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        aria-controls={controls}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && onArrowDown) {
            e.preventDefault();
            onArrowDown();
          }
        }}
      />
      {value ? (
        <CloseButton
          label="Clear the filter"
          className="filter__clear"
          onClick={() => {
            onChange('');
            wrapper.current?.querySelector('input')?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
