// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NoticeToasts } from '../../src/ui/notices/NoticeToasts';
import { atlasStore } from '../../src/state/store';
import { resetStore } from './fixtures';

describe('NoticeToasts', () => {
  beforeEach(() => resetStore());
  afterEach(cleanup);

  it('shows store notices in a polite live region and dismisses them', async () => {
    const { container } = render(<NoticeToasts />);
    const region = container.querySelector('[aria-live="polite"]');
    expect(region).not.toBeNull();
    expect(region).toBeEmptyDOMElement();

    const message =
      'The link names a trigger point "nope" that is not in this atlas; showing the default view.';
    act(() => atlasStore.getState().actions.notify(message, 'warning'));
    expect(region).toHaveTextContent(message);

    await userEvent.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByText(message)).not.toBeInTheDocument();
    expect(atlasStore.getState().notices).toEqual([]);
  });

  it('passes focus on to the next control when a notice is dismissed from the keyboard', async () => {
    render(
      <>
        <button type="button">Before</button>
        <NoticeToasts />
        <button type="button">After</button>
      </>,
    );
    act(() => {
      atlasStore.getState().actions.notify('First', 'info');
      atlasStore.getState().actions.notify('Second', 'info');
    });
    const [first] = screen.getAllByRole('button', { name: 'Dismiss notice' });
    act(() => first!.focus());
    await userEvent.keyboard('{Enter}');
    // The next notice's ×, then past the last notice to the next control on the page.
    expect(screen.getByRole('button', { name: 'Dismiss notice' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });
});
