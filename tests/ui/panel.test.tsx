// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InfoPanel } from '../../src/ui/panel/InfoPanel';
import { atlasStore } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import { atlasFrom, resetStore, richAtlasFiles } from './fixtures';

const atlas = atlasFrom(richAtlasFiles());
const select = (key: string) => act(() => atlasStore.getState().actions.select(key as InstanceKey));

describe('InfoPanel', () => {
  beforeEach(() => resetStore(atlas));
  afterEach(cleanup);

  it('welcomes and prompts to pick a trigger point when nothing is selected', async () => {
    let browsed = 0;
    render(<InfoPanel onBrowse={() => browsed++} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/muscle pain/i);
    expect(screen.getByText('2 trigger points in 2 muscles')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /find a muscle/i }));
    expect(browsed).toBe(1);
    expect(screen.getByText(/for education only/i)).toBeInTheDocument();
  });

  it('shows the muscle, trigger point, zone regions and symptoms of the selection', () => {
    render(<InfoPanel onBrowse={() => {}} />);
    select('upper-trapezius-1:right');
    expect(screen.getByRole('heading', { level: 2, name: 'Upper trapezius' })).toBeInTheDocument();
    expect(screen.getByText('Top of the shoulder')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Right side' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      screen.getByText('Up the side of the neck to behind the ear and the temple.'),
    ).toBeInTheDocument();

    const essential = screen.getByRole('heading', { name: 'Essential zone' })
      .parentElement as HTMLElement;
    expect(
      within(essential)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Behind the ear', 'Temple']);
    const spillover = screen.getByRole('heading', { name: 'Spillover zone' })
      .parentElement as HTMLElement;
    expect(within(spillover).getByText('Angle of the jaw')).toBeInTheDocument();

    expect(screen.getByText('Headache at the temple and a stiff neck.')).toBeInTheDocument();
    // Every trigger point carries all its sections.
    expect(screen.getByText('Self-care')).toBeInTheDocument();
    expect(screen.getByText('Dry needling — what it feels like')).toBeInTheDocument();
    expect(screen.getByText(/mistaken for/i)).toBeInTheDocument();
    // Latin names are for the clinical level.
    expect(screen.queryByText('Musculus trapezius, pars descendens')).not.toBeInTheDocument();
  });

  it('switches the text when the reading level changes', () => {
    render(<InfoPanel onBrowse={() => {}} />);
    select('upper-trapezius-1:right');
    act(() => atlasStore.getState().actions.setLevel('clinical'));
    expect(screen.getByText('TrP1, anterior free border')).toBeInTheDocument();
    expect(screen.queryByText('Top of the shoulder')).not.toBeInTheDocument();
    expect(screen.getByText('Musculus trapezius, pars descendens')).toBeInTheDocument();
    expect(screen.getByText('Temporal region')).toBeInTheDocument();
    expect(screen.getByText('Temporal headache and neck pain.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Referred pain pattern' })).toBeInTheDocument();
  });

  it('selects the other side with the side toggle and clears with close', async () => {
    render(<InfoPanel onBrowse={() => {}} />);
    select('upper-trapezius-1:right');
    await userEvent.click(screen.getByRole('button', { name: 'Left side' }));
    expect(atlasStore.getState().selection).toBe('upper-trapezius-1:left');
    expect(screen.getByRole('button', { name: 'Left side' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(screen.getByRole('button', { name: /close/i }));
    expect(atlasStore.getState().selection).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/muscle pain/i);
  });

  it('lists anatomy and full source citations with locators', () => {
    render(<InfoPanel onBrowse={() => {}} />);
    select('upper-trapezius-1:right');
    expect(screen.getByText('Accessory nerve')).toBeInTheDocument();
    expect(screen.getByText(/C3, C4/)).toBeInTheDocument();
    expect(screen.getByText(/Myofascial Pain and Dysfunction/)).toBeInTheDocument();
    expect(screen.getByText(/ch\. 6, fig\. 6\.1; ch\. 6/)).toBeInTheDocument();
  });

  it('renders data text as text, never as HTML', () => {
    const files = richAtlasFiles();
    const trap = files['muscles/upper-trapezius.json'] as {
      triggerPoints: { symptoms: { patient: string } }[];
    };
    const tp = trap.triggerPoints[0];
    if (tp) tp.symptoms.patient = '<img src=x onerror=alert(1)> headache';
    resetStore(atlasFrom(files));
    const { container } = render(<InfoPanel onBrowse={() => {}} />);
    select('upper-trapezius-1:right');
    expect(screen.getByText('<img src=x onerror=alert(1)> headache')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });
});
