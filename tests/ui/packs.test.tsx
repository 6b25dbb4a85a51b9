// @vitest-environment jsdom
/** The data packs UI in the app: import, problems named, the active indication, removal, a damaged stored pack. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { atlasStore } from '../../src/state/store';
import { loadWithStoredPack, packStore } from '../../src/state/packs';
import { PACK_STORAGE_KEY } from '../../src/state/packStorage';
import { resetStore, richAtlasFiles } from './fixtures';
import { packMuscle, validateOver } from '../support/packs';

vi.mock('../../src/scene/Viewer', () => ({ Viewer: () => <div data-testid="viewer" /> }));
const { App } = await import('../../src/app/App');

const boot = () => loadWithStoredPack(validateOver(richAtlasFiles()));
const jsonFile = (name: string, json: unknown) =>
  new File([typeof json === 'string' ? json : JSON.stringify(json)], name, {
    type: 'application/json',
  });

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: /^Data packs/ }));
  return screen.findByRole('dialog', { name: 'Data packs' });
}

beforeEach(() => {
  resetStore();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  packStore.setState({ active: null, storedIssues: null, importIssues: null, dialogOpen: false });
});
afterEach(cleanup);

describe('data packs UI', () => {
  it('explains packs and imports one: its trigger point is in the atlas and the pack shows as active', async () => {
    render(<App load={boot} />);
    const dialog = await openDialog();
    expect(dialog).toHaveTextContent(/stays on this device/);
    await userEvent.upload(
      within(dialog).getByTestId('pack-file-input'),
      jsonFile('clinic.json', { about: 'Our clinic', muscles: [packMuscle()] }),
    );
    expect(await within(dialog).findByText('clinic')).toBeInTheDocument();
    expect(within(dialog).getByTestId('pack-counts')).toHaveTextContent(
      'Adds or corrects 1 muscle, 1 trigger point',
    );
    expect(within(dialog).getByText('Our clinic')).toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent(
      'Data pack “clinic” imported: 1 muscle, 1 trigger point.',
    );
    expect(atlasStore.getState().atlas?.triggerPointById.has('pack-muscle-1' as never)).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Data packs: “clinic” is active' }),
    ).toBeInTheDocument();

    // Its trigger point says where it comes from; the atlas's own do not.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    act(() => atlasStore.getState().actions.select('pack-muscle-1:right' as never));
    expect(screen.getByText(/From data pack/)).toHaveTextContent('From data pack clinic');
    act(() => atlasStore.getState().actions.select('upper-trapezius-1:right' as never));
    expect(screen.queryByText(/From data pack/)).toBeNull();
  });

  it('names file, path and problem, never as HTML, and keeps the atlas', async () => {
    render(<App load={boot} />);
    await waitFor(() => expect(atlasStore.getState().atlas).not.toBeNull());
    const before = atlasStore.getState().atlas;
    const dialog = await openDialog();
    const bad = packMuscle('<img src=x onerror=alert(1)>');
    bad['triggerPoints'][0].position = [0.1, 1.2];
    await userEvent.upload(
      within(dialog).getByTestId('pack-file-input'),
      jsonFile('clinic.json', { muscles: [bad] }),
    );
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(/not imported/);
    expect(screen.getByTestId('announcer')).toHaveTextContent(/not imported: 3 problems/);
    const list = within(alert).getByRole('list', { name: 'Problems in the pack' });
    expect(list).toHaveTextContent('clinic.json');
    expect(list).toHaveTextContent('muscles[0].triggerPoints[0].position');
    expect(list).toHaveTextContent('expected 3 numbers [x, y, z]');
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect(atlasStore.getState().atlas).toBe(before);
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBeNull();
  });

  it('shows text from a pack as text, never as HTML', async () => {
    render(<App load={boot} />);
    const muscle = packMuscle();
    muscle['names'].common = '<img src=x onerror=alert(1)> Clinic muscle';
    const dialog = await openDialog();
    await userEvent.upload(
      within(dialog).getByTestId('pack-file-input'),
      jsonFile('clinic.json', {
        about: '<b>bold</b> <script>alert(2)</script>',
        muscles: [muscle],
      }),
    );
    expect(
      await within(dialog).findByText('<b>bold</b> <script>alert(2)</script>'),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    act(() => atlasStore.getState().actions.select('pack-muscle-1:right' as never));
    expect(screen.getByRole('heading', { level: 2, name: /Clinic muscle/ })).toHaveTextContent(
      '<img src=x onerror=alert(1)> Clinic muscle',
    );
    expect(document.querySelector('img[src="x"], b, script')).toBeNull();
  });

  it('imports files dropped anywhere on the page and opens the dialog with the result', async () => {
    render(<App load={boot} />);
    const files = [jsonFile('clinic.json', { muscles: [packMuscle()] })];
    const dataTransfer = { files, types: ['Files'] };
    fireEvent.dragOver(window, { dataTransfer });
    expect(screen.getByText('Drop to import a data pack')).toBeInTheDocument();
    fireEvent.drop(window, { dataTransfer });
    const dialog = await screen.findByRole('dialog', { name: 'Data packs' });
    expect(await within(dialog).findByTestId('pack-counts')).toHaveTextContent('1 trigger point');
    expect(screen.queryByText('Drop to import a data pack')).toBeNull();
  });

  it('offers the documented example pack for download', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:example');
    URL.revokeObjectURL = vi.fn();
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    render(<App load={boot} />);
    const dialog = await openDialog();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download an example pack' }));
    expect(names).toEqual(['palmaris-longus-pack.json']);
    vi.restoreAllMocks();
  });

  it('cuts a long list of problems short and counts the rest', async () => {
    render(<App load={boot} />);
    const dialog = await openDialog();
    const files = Array.from({ length: 12 }, (_, i) => jsonFile(`f${i}.json`, '{'));
    await userEvent.upload(within(dialog).getByTestId('pack-file-input'), files);
    const alert = await within(dialog).findByRole('alert');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(8);
    expect(alert).toHaveTextContent('…and 4 more problems');
  });

  it('removes the pack only after confirmation', async () => {
    render(<App load={boot} />);
    const dialog = await openDialog();
    await userEvent.upload(
      within(dialog).getByTestId('pack-file-input'),
      jsonFile('clinic.json', { muscles: [packMuscle()] }),
    );
    await userEvent.click(await within(dialog).findByRole('button', { name: 'Remove pack' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(packStore.getState().active).not.toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove pack' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(packStore.getState().active).toBeNull();
    expect(atlasStore.getState().atlas?.triggerPointById.has('pack-muscle-1' as never)).toBe(false);
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBeNull();
  });

  it('tells about a damaged stored pack, offers it for download, and lets the user remove it', async () => {
    localStorage.setItem(PACK_STORAGE_KEY, 'garbage{');
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:stored';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<App load={boot} />);
    expect(
      await screen.findByText(/stored on this device could not be loaded/),
    ).toBeInTheDocument();
    expect(screen.getByText('The stored data pack could not be loaded.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog', { name: 'Data packs' });
    expect(
      within(dialog).getByRole('list', { name: 'Problems in the stored pack' }),
    ).toHaveTextContent(/stored pack.*not valid JSON/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download the stored pack' }));
    expect(click).toHaveBeenCalledTimes(1);
    const text = await new Promise((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.readAsText(created[0]!);
    });
    expect(text).toBe('garbage{');
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBe('garbage{');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove stored pack' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove' }));
    expect(localStorage.getItem(PACK_STORAGE_KEY)).toBeNull();
    expect(packStore.getState().storedIssues).toBeNull();
  });
});
