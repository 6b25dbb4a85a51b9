// @vitest-environment jsdom
/**
 * The Layers control: switches with aria-pressed drive the store, the opacity slider has a
 * visible label and value and works from the keyboard's change events, the panel is collapsed
 * on phones, Muscles and Bones are disabled with a reason for a skin-only model, and a hidden
 * selected muscle gets a hint with a one-tap fix.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LayerControls } from '../../src/ui/viewer/LayerControls';
import { layerHint } from '../../src/ui/viewer/layerHint';
import { DEFAULT_LAYERS, atlasStore } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import { atlasFrom, miniAtlasFiles, resetStore } from './fixtures';

const atlas = atlasFrom(miniAtlasFiles());
const layers = () => atlasStore.getState().layers;

/** What the scene reports once the model is loaded (store: modelParts). */
function modelHas(parts: { muscles: number; bones: boolean } | null) {
  act(() => atlasStore.getState().actions.setModelParts(parts));
}

const setWide = (wide: boolean) => {
  window.matchMedia = ((query: string) => ({
    matches: wide && query.includes('min-width'),
    media: query,
    addEventListener: () => {},
    removeEventListener: () => {},
  })) as unknown as typeof window.matchMedia;
};

/** Render the control and open its panel (it starts closed so it does not cover the body). */
async function renderOpen() {
  render(<LayerControls />);
  await userEvent.click(screen.getByRole('button', { name: /layers/i, expanded: false }));
}

describe('LayerControls', () => {
  beforeEach(() => {
    resetStore(atlas);
    setWide(true);
    modelHas({ muscles: 158, bones: true });
  });
  afterEach(cleanup);

  it('toggles skin, muscles and bones as pressed switches', async () => {
    await renderOpen();
    const skin = screen.getByRole('button', { name: 'Skin' });
    const muscles = screen.getByRole('button', { name: 'Muscles' });
    const bones = screen.getByRole('button', { name: 'Bones' });
    expect([skin, muscles, bones].map((b) => b.getAttribute('aria-pressed'))).toEqual([
      'true',
      'true',
      'false',
    ]);
    await userEvent.click(bones);
    expect(layers().bones).toBe(true);
    expect(bones).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(skin);
    expect(layers().skin).toBe(false);
    expect(skin).toHaveAttribute('aria-pressed', 'false');
    // Keyboard: the switches are ordinary buttons.
    muscles.focus();
    await userEvent.keyboard('{Enter}');
    expect(layers().muscles).toBe(false);
  });

  it('sets the skin opacity with a labelled slider that shows its value', async () => {
    await renderOpen();
    const slider = screen.getByRole('slider', { name: /skin opacity/i });
    expect(slider).toHaveValue('100');
    fireEvent.change(slider, { target: { value: '40' } });
    expect(layers().skinOpacity).toBeCloseTo(0.4);
    expect(screen.getByText('40%')).toBeVisible();
    expect(slider).toHaveAttribute('aria-valuetext', '40%');
    act(() => atlasStore.getState().actions.setLayer('skin', false));
    expect(slider).toBeDisabled();
  });

  it('is collapsed behind its button on phones', async () => {
    setWide(false);
    render(<LayerControls />);
    const open = screen.getByRole('button', { name: 'Layers' });
    expect(open).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Skin' })).toBeNull();
    await userEvent.click(open);
    expect(open).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Skin' })).toBeVisible();
  });

  it('disables Muscles and Bones, saying why, for a skin-only model', async () => {
    modelHas({ muscles: 0, bones: false });
    await renderOpen();
    expect(screen.getByRole('button', { name: 'Muscles' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Bones' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Skin' })).toBeEnabled();
    expect(screen.getByRole('status')).toHaveTextContent(/only the skin/i);
  });

  it('offers to fade the skin when the selected muscle is hidden under it', async () => {
    await renderOpen();
    expect(screen.queryByRole('status')).toBeNull();
    act(() => atlasStore.getState().actions.select('upper-trapezius-1:right' as InstanceKey));
    expect(screen.getByRole('status')).toHaveTextContent('Fade the skin to see the muscle.');
    // Settings never change by themselves: the user taps.
    expect(layers().skinOpacity).toBe(1);
    await userEvent.click(screen.getByRole('button', { name: 'Fade skin' }));
    expect(layers().skinOpacity).toBeCloseTo(0.4);
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('layerHint', () => {
  const parts = { muscles: 10, bones: true };
  it('says nothing until the model is known, or without a selection', () => {
    expect(layerHint(DEFAULT_LAYERS, null, true)).toBeNull();
    expect(layerHint(DEFAULT_LAYERS, parts, false)).toBeNull();
  });
  it('asks to show the muscles, or to fade an opaque skin', () => {
    expect(layerHint({ ...DEFAULT_LAYERS, muscles: false }, parts, true)?.action).toBe(
      'show-muscles',
    );
    expect(layerHint(DEFAULT_LAYERS, parts, true)?.action).toBe('fade-skin');
    expect(layerHint({ ...DEFAULT_LAYERS, skinOpacity: 0.5 }, parts, true)).toBeNull();
    expect(layerHint({ ...DEFAULT_LAYERS, skin: false }, parts, true)).toBeNull();
  });
});
