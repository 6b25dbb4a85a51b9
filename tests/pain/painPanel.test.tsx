// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InfoPanel } from '../../src/ui/panel/InfoPanel';
import { PainModePanel } from '../../src/ui/pain/PainModePanel';
import { LiveRegion } from '../../src/ui/common/LiveRegion';
import { atlasStore } from '../../src/state/store';
import { atlasFrom, resetStore, richAtlasFiles } from '../ui/fixtures';

const atlas = atlasFrom(richAtlasFiles());

function renderPanel() {
  return render(
    <>
      <PainModePanel>
        <InfoPanel onBrowse={() => {}} />
      </PainModePanel>
      <LiveRegion />
    </>,
  );
}

const candidates = () =>
  screen.queryAllByRole('listitem').filter((li) => li.classList.contains('pain-cand'));

describe('pain finder panel', () => {
  beforeEach(() => {
    resetStore(atlas);
    atlasStore.getState().actions.setMode('pain');
  });
  afterEach(cleanup);

  it('starts empty, with how to mark, the region list and the safety notes', () => {
    renderPanel();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Where does it hurt?' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/no marks yet/i)).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    expect(screen.getByText(/for education only/i)).toBeInTheDocument();
    expect(candidates()).toHaveLength(0);
  });

  it('adds a region mark from the list and lists candidates with reasons', async () => {
    renderPanel();
    await userEvent.type(screen.getByRole('searchbox'), 'temp');
    await userEvent.click(screen.getByRole('button', { name: /^Temple/ }));
    expect(atlasStore.getState().painMarks).toEqual([
      { kind: 'region', id: 'temple', side: 'right' },
    ]);
    const list = candidates();
    expect(list).toHaveLength(1);
    expect(list[0]).toHaveTextContent('Upper trapezius');
    expect(list[0]).toHaveTextContent('right side');
    expect(list[0]).toHaveTextContent(
      "Your temple (1) is in this trigger point's main referral zone",
    );
    expect(screen.getByTestId('announcer')).toHaveTextContent('1 possible source found');
  });

  it('chooses the left side when asked', async () => {
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Left' }));
    await userEvent.click(screen.getByRole('button', { name: /^Temple/ }));
    expect(atlasStore.getState().painMarks).toEqual([
      { kind: 'region', id: 'temple', side: 'left' },
    ]);
    expect(candidates()[0]).toHaveTextContent('Upper trapezius');
    expect(candidates()[0]).toHaveTextContent('left side');
  });

  it('updates when marks are removed or cleared, and says when nothing refers there', async () => {
    renderPanel();
    act(() => {
      const { addPainMark } = atlasStore.getState().actions;
      addPainMark({ kind: 'region', id: 'temple' as never, side: 'right' });
      addPainMark({ kind: 'spot', points: [[-0.1, 0.9, 0.3]] });
    });
    expect(candidates()[0]).toHaveTextContent('It does not explain');
    const marks = screen
      .getByRole('heading', { name: 'Your marks' })
      .closest('section') as HTMLElement;
    expect(within(marks).getAllByRole('listitem')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: /remove mark 1/i }));
    expect(atlasStore.getState().painMarks).toHaveLength(1);
    expect(candidates()).toHaveLength(0);
    expect(screen.getByText(/no trigger point in this atlas sends pain/i)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(atlasStore.getState().painMarks).toEqual([]);
    expect(screen.getByText(/no marks yet/i)).toBeInTheDocument();
  });

  it('selecting a candidate selects its instance; the panel offers the way back', async () => {
    renderPanel();
    act(() =>
      atlasStore
        .getState()
        .actions.addPainMark({ kind: 'region', id: 'temple' as never, side: 'right' }),
    );
    await userEvent.click(within(candidates()[0]!).getByRole('button'));
    expect(atlasStore.getState().selection).toBe('upper-trapezius-1:right');
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /back to your results/i }));
    expect(atlasStore.getState().selection).toBeNull();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Where does it hurt?' }),
    ).toBeInTheDocument();
  });

  it('shows the explorer panel outside pain mode', () => {
    act(() => atlasStore.getState().actions.setMode('explore'));
    renderPanel();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/muscle pain/i);
    expect(screen.getByRole('button', { name: /where does it hurt/i })).toBeInTheDocument();
  });
});
