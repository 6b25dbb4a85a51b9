// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { BrowsePanel } from '../../src/ui/browse/BrowsePanel';
import { atlasStore } from '../../src/state/store';
import { atlasFrom, resetStore, richAtlasFiles } from './fixtures';

const atlas = atlasFrom(richAtlasFiles());

function Harness({
  onClose = () => {},
  onPicked = () => {},
}: {
  onClose?: () => void;
  onPicked?: () => void;
}) {
  const [query, setQuery] = useState('');
  return (
    <BrowsePanel
      variant="sheet"
      query={query}
      onQueryChange={setQuery}
      onClose={onClose}
      onPicked={onPicked}
      focusFilter
    />
  );
}

const triggerPointButtons = () => screen.queryAllByRole('button', { name: /, right side$/ });

describe('BrowsePanel', () => {
  beforeEach(() => resetStore(atlas));
  afterEach(cleanup);

  it('lists every trigger point grouped head to foot', () => {
    render(<Harness />);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Neck',
      'Foot',
    ]);
    expect(triggerPointButtons().map((b) => b.getAttribute('aria-label'))).toEqual([
      'Upper trapezius: Top of the shoulder, right side',
      'Abductor hallucis: Inside of the foot, right side',
    ]);
  });

  it('narrows the list as the user types, including by where the pain spreads', async () => {
    render(<Harness />);
    const box = screen.getByRole('searchbox');
    expect(box).toHaveFocus();
    await userEvent.type(box, 'heel');
    expect(triggerPointButtons()).toHaveLength(1);
    expect(screen.getByText('Abductor hallucis')).toBeInTheDocument();
    expect(screen.queryByText('Upper trapezius')).not.toBeInTheDocument();
    expect(screen.getByText('Pain spreads to Heel')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('1 trigger point matches');

    await userEvent.clear(box);
    await userEvent.type(box, 'zzz');
    expect(triggerPointButtons()).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Show all' }));
    expect(triggerPointButtons()).toHaveLength(2);
  });

  it('clears the filter with its button and returns focus to the field', async () => {
    render(<Harness />);
    const box = screen.getByRole('searchbox');
    await userEvent.type(box, 'heel');
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    expect(box).toHaveValue('');
    expect(triggerPointButtons()).toHaveLength(2);
    // The button went away with the text; focus is not dropped to the page.
    expect(box).toHaveFocus();
  });

  it('selects the right side by default, the left with its own button, and reports the pick', async () => {
    const onPicked = vi.fn();
    render(<Harness onPicked={onPicked} />);
    await userEvent.click(
      screen.getByRole('button', { name: 'Upper trapezius: Top of the shoulder, right side' }),
    );
    expect(atlasStore.getState().selection).toBe('upper-trapezius-1:right');
    await userEvent.click(
      screen.getByRole('button', { name: 'Abductor hallucis: Inside of the foot, left side' }),
    );
    expect(atlasStore.getState().selection).toBe('abductor-hallucis-1:left');
    expect(onPicked).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: /Inside of the foot, left side/ })).toHaveAttribute(
      'aria-current',
      'true',
    );
  });

  it('is keyboard navigable: arrows move, Enter selects, Escape closes', async () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /Top of the shoulder, right side/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('button', { name: /Inside of the foot, right side/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('button', { name: /Inside of the foot, left side/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(atlasStore.getState().selection).toBe('abductor-hallucis-1:left');
    await userEvent.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
