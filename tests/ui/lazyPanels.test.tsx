// @vitest-environment jsdom
/**
 * The shell's lazily loaded parts: the pain finder panel and the Learn dialog appear once their
 * chunk has loaded, and not before they are wanted (the explorer shows the worded way into the
 * pain finder; Learn renders nothing until opened, then stays mounted after closing).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { LazyPainModePanel } from '../../src/ui/pain/LazyPainModePanel';
import { LazyLearnDialog } from '../../src/ui/learn/LazyLearnDialog';
import { atlasStore } from '../../src/state/store';
import { atlasFrom, resetStore, richAtlasFiles } from './fixtures';

const atlas = atlasFrom(richAtlasFiles());

describe('lazy panels', () => {
  beforeEach(() => resetStore(atlas));
  afterEach(cleanup);

  it('shows the explorer panel, then the pain finder once it is entered', async () => {
    render(
      <LazyPainModePanel>
        <p>explorer panel</p>
      </LazyPainModePanel>,
    );
    expect(screen.getByText('explorer panel')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /where does it hurt/i })).toBeInTheDocument();
    act(() => atlasStore.getState().actions.enterPainMode());
    expect(
      await screen.findByRole(
        'heading',
        { level: 2, name: 'Where does it hurt?' },
        { timeout: 10000 },
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText('explorer panel')).toBeNull();
  });

  it('renders Learn only once it is opened, and keeps it after closing', async () => {
    const { container } = render(<LazyLearnDialog />);
    expect(container).toBeEmptyDOMElement();
    act(() => atlasStore.getState().actions.openLearn({ kind: 'index' }));
    // The first dynamic import is transformed on demand in the test runner: allow it time.
    expect(await screen.findByRole('dialog', {}, { timeout: 10000 })).toBeInTheDocument();
    act(() => atlasStore.getState().actions.closeLearn());
    expect(container.querySelector('dialog')).not.toBeNull();
  });
});
