// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { loadAtlas } from '../../src/domain/load';
import { atlasStore } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import { resetStore, richAtlasFiles } from './fixtures';

// The scene needs WebGL; here it is a stand-in that can be told to crash.
const viewerMode = vi.hoisted(() => ({ crash: false }));
vi.mock('../../src/scene/Viewer', () => ({
  Viewer: () => {
    if (viewerMode.crash) throw new Error('WebGL context lost');
    return <div data-testid="viewer">3D viewer</div>;
  },
}));

const { App } = await import('../../src/app/App');
const goodLoad = () => loadAtlas(richAtlasFiles());

describe('App', () => {
  beforeEach(() => {
    resetStore();
    viewerMode.crash = false;
    window.history.replaceState(null, '', '/');
    window.localStorage.clear();
  });
  afterEach(cleanup);

  it('loads the atlas into the store and shows the explorer with the welcome', async () => {
    render(<App load={goodLoad} />);
    expect(atlasStore.getState().atlas?.muscles).toHaveLength(2);
    expect(await screen.findByTestId('viewer')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /muscle pain/i })).toBeInTheDocument();
    expect(screen.getByRole('toolbar', { name: 'Camera views' })).toBeInTheDocument();
  });

  it('applies the link in the address bar and turns unknown ids into a notice', () => {
    window.history.replaceState(null, '', '/?tp=upper-trapezius-1&side=left&level=clinical');
    const { unmount } = render(<App load={goodLoad} />);
    expect(atlasStore.getState().selection).toBe('upper-trapezius-1:left');
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeInTheDocument();
    expect(screen.getByText('TrP1, anterior free border')).toBeInTheDocument();
    unmount();

    resetStore();
    window.history.replaceState(null, '', '/?tp=no-such-point');
    render(<App load={goodLoad} />);
    expect(
      screen.getByText(/names a trigger point "no-such-point" that is not in this atlas/),
    ).toBeInTheDocument();
  });

  it('shows the error panel with every issue when the data is invalid', () => {
    const files = richAtlasFiles();
    delete files['sources.json'];
    render(<App load={() => loadAtlas(files)} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'The atlas data could not be loaded',
    );
    expect(atlasStore.getState().dataIssues.length).toBeGreaterThan(0);
    expect(screen.getAllByText(/unknown source id "ts-v1"/).length).toBe(
      atlasStore.getState().dataIssues.length,
    );
    expect(screen.queryByTestId('viewer')).not.toBeInTheDocument();
  });

  it('shows the explorer and the 3D view before an asynchronous atlas arrives', async () => {
    let arrive: (r: ReturnType<typeof goodLoad>) => void = () => {};
    const pending = new Promise<ReturnType<typeof goodLoad>>((resolve) => (arrive = resolve));
    window.history.replaceState(null, '', '/?tp=upper-trapezius-1');
    render(<App load={() => pending} />);
    expect(await screen.findByTestId('viewer')).toBeInTheDocument();
    expect(atlasStore.getState().atlas).toBeNull();
    arrive(goodLoad());
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Upper trapezius' }),
    ).toBeInTheDocument();
    // The link is applied once the atlas is there.
    expect(atlasStore.getState().selection).toBe('upper-trapezius-1:right');
  });

  it('replaces the explorer with the error panel when an asynchronous load fails', async () => {
    render(
      <App
        load={() =>
          Promise.resolve({ ok: false, issues: [{ file: 'x.json', path: '', message: 'broken' }] })
        }
      />,
    );
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'The atlas data could not be loaded',
    );
    expect(screen.queryByTestId('viewer')).not.toBeInTheDocument();
  });

  it('keeps the list and panel working when the 3D view crashes', async () => {
    viewerMode.crash = true;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<App load={goodLoad} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The 3D view stopped working');
    quiet.mockRestore();
    await userEvent.click(screen.getByRole('button', { name: /find a muscle/i, expanded: false }));
    await userEvent.click(
      screen.getByRole('button', { name: 'Upper trapezius: Top of the shoulder, right side' }),
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeInTheDocument();
  });

  it('opens the muscle list with "/" and closes it with Escape', async () => {
    render(<App load={goodLoad} />);
    await userEvent.keyboard('/');
    expect(screen.getByRole('searchbox')).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('on a touch screen, focuses the filter only when the list was opened with the keyboard', async () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: query === '(pointer: coarse)',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    try {
      render(<App load={goodLoad} />);
      const open = within(screen.getByRole('banner')).getByRole('button', {
        name: 'Find a muscle',
      });
      // A tap: the on-screen keyboard would cover the list, so the heading takes focus.
      await userEvent.click(open);
      expect(screen.getByRole('heading', { name: 'Find a muscle' })).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      // Enter on the button (a click without pointer presses): ready to type.
      act(() => open.focus());
      await userEvent.keyboard('{Enter}');
      expect(screen.getByRole('searchbox')).toHaveFocus();
    } finally {
      window.matchMedia = matchMedia;
    }
  });

  it('opens About from the header, keeps "/" from acting behind it, and returns focus on Escape', async () => {
    render(<App load={goodLoad} />);
    const about = screen.getByRole('button', { name: 'About and safety' });
    await userEvent.click(about);
    const dialog = screen.getByRole('dialog', { name: 'About Trigger Point Atlas' });
    // A browser's showModal focuses the close button; jsdom has no showModal.
    act(() => within(dialog).getByRole('button', { name: 'Close' }).focus());
    await userEvent.keyboard('/');
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(about).toHaveFocus();
  });

  it('switches the reading level from the header', async () => {
    render(<App load={goodLoad} />);
    await userEvent.click(screen.getByRole('button', { name: 'Clinical' }));
    expect(atlasStore.getState().level).toBe('clinical');
    expect(screen.getByRole('button', { name: 'Clinical' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('remembers that the first-visit hint was dismissed', async () => {
    const { unmount } = render(<App load={goodLoad} />);
    await userEvent.click(screen.getByRole('button', { name: 'Got it' }));
    expect(screen.queryByRole('note', { name: 'How to use the 3D view' })).not.toBeInTheDocument();
    // Focus went on to a control after the hint, not back to the page.
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.tagName).toBe('BUTTON');
    unmount();
    render(<App load={goodLoad} />);
    expect(screen.queryByRole('note', { name: 'How to use the 3D view' })).not.toBeInTheDocument();
  });

  it('on a phone, moves the hint out of the way of a selection until it is closed', () => {
    render(<App load={goodLoad} />);
    const hint = () => screen.queryByRole('note', { name: 'How to use the 3D view' });
    expect(hint()).toBeInTheDocument();
    act(() => atlasStore.getState().actions.select('upper-trapezius-1:right' as InstanceKey));
    expect(hint()).not.toBeInTheDocument();
    act(() => atlasStore.getState().actions.select(null));
    expect(hint()).toBeInTheDocument();
  });

  it('still shows the hint when storage is unavailable', () => {
    const get = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('SecurityError');
    });
    render(<App load={goodLoad} />);
    get.mockRestore();
    expect(screen.getByRole('note', { name: 'How to use the 3D view' })).toBeInTheDocument();
  });
});
