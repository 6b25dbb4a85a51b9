// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { UpdateBanner } from '../../src/ui/notices/UpdateBanner';
import { UpdatePrompt } from '../../src/app/UpdatePrompt';
import {
  dismissUpdate,
  registerServiceWorker,
  reportUpdateWaiting,
  subscribeUpdate,
  updateWaiting,
} from '../../src/app/serviceWorker';

afterEach(() => {
  cleanup();
  dismissUpdate();
});

describe('UpdateBanner', () => {
  it('keeps an empty live region until a new version is ready', () => {
    render(<UpdateBanner open={false} onReload={() => {}} onDismiss={() => {}} />);
    expect(screen.getByRole('status', { name: 'App updates' })).toBeEmptyDOMElement();
  });

  it('offers Reload and Dismiss', async () => {
    const onReload = vi.fn();
    const onDismiss = vi.fn();
    render(<UpdateBanner open onReload={onReload} onDismiss={onDismiss} />);
    expect(screen.getByRole('status')).toHaveTextContent('A new version of the atlas is ready.');
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss update notice' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('UpdatePrompt and the service worker state', () => {
  it('shows the notice when registration reports a waiting version, and hides it on dismiss', async () => {
    render(<UpdatePrompt />);
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    act(() => reportUpdateWaiting());
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss update notice' }));
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    expect(updateWaiting()).toBe(false);
  });

  it('tells subscribers only about changes, until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = subscribeUpdate(listener);
    reportUpdateWaiting();
    reportUpdateWaiting();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    dismissUpdate();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('registers no worker outside the production build', () => {
    const register = vi.fn();
    Object.defineProperty(navigator, 'serviceWorker', { value: { register }, configurable: true });
    registerServiceWorker();
    expect(register).not.toHaveBeenCalled();
  });
});
