// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Header } from '../../src/ui/shell/Header';
import { InfoPanel } from '../../src/ui/panel/InfoPanel';
import { LearnDialog } from '../../src/ui/learn/LearnDialog';
import { atlasStore } from '../../src/state/store';
import type { InstanceKey } from '../../src/domain/ids';
import type { Atlas } from '../../src/domain/catalogue';
import { atlasFrom, resetStore, richAtlasFiles } from './fixtures';

/*
 * A small glossary and set of articles on top of the rich UI fixture. The trigger point's
 * location mentions "taut band" so the panel has a glossary link.
 */
const text = (patient: string, clinical: string) => ({ patient, clinical });
const cite = [{ source: 'ts-v1' }];

const article = (
  id: string,
  patient: string,
  clinical: string,
  body = text('Plain words here.', 'Clinical words here.'),
) => ({
  id,
  title: text(patient, clinical),
  summary: text(`About: ${patient}`, `Summary: ${clinical}`),
  sections: [{ heading: text(`${patient} — part one`, `${clinical} — section 1`), body }],
  sources: cite,
});

function learnAtlasFiles(): Record<string, unknown> {
  const files = richAtlasFiles();
  const trap = files['muscles/upper-trapezius.json'] as {
    triggerPoints: Record<string, unknown>[];
  };
  Object.assign(trap.triggerPoints[0] ?? {}, {
    location: text(
      'In the thick edge of muscle on top of the shoulder, along a taut band.',
      'Mid anterior free border; the taut band runs vertically.',
    ),
  });
  files['glossary.json'] = {
    terms: [
      {
        id: 'taut-band',
        term: text('Taut band', 'Palpable taut band'),
        forms: ['taut band', 'taut bands'],
        definition: text('A firm strand in a muscle.', 'A palpable band of tense fibres.'),
        sources: cite,
      },
      {
        id: 'local-twitch-response',
        term: text('Twitch', 'Local twitch response'),
        forms: ['local twitch response', 'twitch'],
        definition: text(
          'A quick jump of the muscle; see taut band.',
          'A brief contraction of the taut band.',
        ),
        sources: cite,
      },
      {
        id: 'trigger-point',
        term: text('Trigger point', 'Myofascial trigger point'),
        forms: ['trigger point', 'trigger points'],
        definition: text('A tender spot in a taut band.', 'A hyperirritable spot in a taut band.'),
        sources: cite,
      },
    ],
  };
  files['education.json'] = {
    articles: [
      article(
        'what-is-a-trigger-point',
        'What is a trigger point?',
        'Trigger points: definition',
        text(
          'A sore spot along a taut band. Experts still debate it.',
          'A hyperirritable locus in a taut band.',
        ),
      ),
      article(
        'what-needling-feels-like',
        'What will dry needling feel like?',
        'Dry needling: sensations',
      ),
      article('red-flags', 'Warning signs: when to get help now', 'Red flags'),
      article('disclaimer', 'About this information', 'Educational use and limitations'),
    ],
  };
  return files;
}

const learnAtlas = (): Atlas => atlasFrom(learnAtlasFiles());

const atlas = learnAtlas();
const select = (key: string) => act(() => atlasStore.getState().actions.select(key as InstanceKey));
const dialog = () => screen.getByRole('dialog');

function renderApp() {
  return render(
    <>
      <Header
        browseOpen={false}
        browseButtonRef={{ current: null }}
        onBrowse={() => {}}
        onAbout={() => {}}
      />
      <InfoPanel onBrowse={() => {}} />
      <LearnDialog />
    </>,
  );
}

describe('Learn view', () => {
  beforeEach(() => resetStore(atlas));
  afterEach(cleanup);

  it('opens from the header with the articles and the glossary, opens an article and goes back', async () => {
    renderApp();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const learnButton = screen.getByRole('button', { name: 'Learn' });
    await userEvent.click(learnButton);

    const view = within(dialog());
    expect(
      view.getByRole('heading', { level: 2, name: 'Trigger points and dry needling, explained' }),
    ).toHaveFocus();
    const guides = view.getByRole('region', { name: 'Guides' });
    const titles = within(guides)
      .getAllByRole('button')
      .map((b) => b.querySelector('.learn-card__title')?.textContent);
    expect(titles).toEqual([
      'What is a trigger point?',
      'What will dry needling feel like?',
      'Warning signs: when to get help now',
      'About this information',
    ]);
    // The glossary is alphabetical at the current level: "Twitch" sorts after "Trigger point".
    const glossary = view.getByRole('list', { name: /glossary/i });
    const terms = within(glossary)
      .getAllByRole('button')
      .map((b) => b.querySelector('.glossary-list__term')?.textContent);
    expect(terms).toEqual(['Taut band', 'Trigger point', 'Twitch']);

    await userEvent.click(view.getByRole('button', { name: /^What is a trigger point\?/ }));
    expect(view.getByRole('heading', { level: 2, name: 'What is a trigger point?' })).toHaveFocus();
    expect(
      view.getByRole('heading', { level: 3, name: 'What is a trigger point? — part one' }),
    ).toBeInTheDocument();
    expect(view.getByText(/Simons DG, Travell JG/)).toBeInTheDocument();
    // Glossary terms in the article are links too.
    await userEvent.click(view.getByRole('button', { name: 'taut band' }));
    expect(view.getByRole('heading', { level: 2, name: 'Taut band' })).toBeInTheDocument();

    // Back retraces the trail: term → article → index.
    await userEvent.click(view.getByRole('button', { name: 'Back' }));
    expect(
      view.getByRole('heading', { level: 2, name: 'What is a trigger point?' }),
    ).toBeInTheDocument();
    await userEvent.click(view.getByRole('button', { name: 'Back' }));
    expect(
      view.getByRole('heading', { level: 2, name: 'Trigger points and dry needling, explained' }),
    ).toBeInTheDocument();
    expect(view.queryByRole('button', { name: 'Back' })).not.toBeInTheDocument();

    // Escape closes the view and focus returns to the button that opened it.
    await userEvent.keyboard('{Escape}');
    expect(atlasStore.getState().learn).toBeNull();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(learnButton).toHaveFocus();
  });

  it('filters the glossary by name or linked form', async () => {
    renderApp();
    act(() => atlasStore.getState().actions.openLearn({ kind: 'index' }));
    const view = within(dialog());
    await userEvent.type(view.getByRole('searchbox', { name: /glossary/i }), 'local tw');
    const glossary = view.getByRole('list', { name: /glossary/i });
    expect(within(glossary).getAllByRole('button')).toHaveLength(1);
    expect(within(glossary).getByRole('button', { name: 'Twitch' })).toBeInTheDocument();
    await userEvent.type(view.getByRole('searchbox', { name: /glossary/i }), 'zzz');
    expect(view.getByRole('status')).toHaveTextContent(/no words match/i);
  });

  it('turns a glossary term in the panel text into a button that opens its definition', async () => {
    renderApp();
    select('upper-trapezius-1:right');
    const term = screen.getByRole('button', { name: 'taut band' });
    // The sentence still reads as one piece of text.
    expect(term.closest('p')).toHaveTextContent(
      'In the thick edge of muscle on top of the shoulder, along a taut band.',
    );
    await userEvent.click(term);
    expect(atlasStore.getState().learn).toEqual({ kind: 'term', id: 'taut-band' });
    const view = within(dialog());
    expect(view.getByRole('heading', { level: 2, name: 'Taut band' })).toBeInTheDocument();
    expect(view.getByText('A firm strand in a muscle.')).toBeInTheDocument();
    // The term's page lists the article that discusses it.
    expect(view.getByRole('button', { name: 'What is a trigger point?' })).toBeInTheDocument();
    // A definition does not link to itself.
    expect(view.queryByRole('button', { name: 'taut band' })).not.toBeInTheDocument();

    await userEvent.click(view.getByRole('button', { name: 'Close Learn' }));
    expect(term).toHaveFocus();
  });

  it('links every selection to the two general articles and the disclaimer to red flags', async () => {
    renderApp();
    // The welcome's disclaimer links to the safety articles too.
    expect(
      screen.getByRole('button', { name: 'Warning signs: when to get help now' }),
    ).toBeInTheDocument();
    select('abductor-hallucis-1:left');
    const links = screen.getByRole('navigation', { name: 'Learn more' });
    expect(
      within(links)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['What is a trigger point?', 'What will dry needling feel like?']);
    await userEvent.click(
      within(links).getByRole('button', { name: 'What will dry needling feel like?' }),
    );
    expect(atlasStore.getState().learn).toEqual({
      kind: 'article',
      id: 'what-needling-feels-like',
    });
    act(() => atlasStore.getState().actions.closeLearn());

    await userEvent.click(screen.getByRole('button', { name: 'About this information' }));
    expect(atlasStore.getState().learn).toEqual({ kind: 'article', id: 'disclaimer' });
  });

  it('follows the reading level in the view, the panel links and the glossary links', async () => {
    renderApp();
    select('upper-trapezius-1:right');
    await userEvent.click(screen.getByRole('button', { name: 'What is a trigger point?' }));
    const view = within(dialog());
    const paragraph = () => view.getByRole('button', { name: 'taut band' }).closest('p');
    expect(paragraph()).toHaveTextContent(
      'A sore spot along a taut band. Experts still debate it.',
    );
    // The level switch is inside the view, since the header is behind the modal.
    await userEvent.click(view.getByRole('button', { name: 'Clinical' }));
    expect(atlasStore.getState().level).toBe('clinical');
    expect(
      view.getByRole('heading', { level: 2, name: 'Trigger points: definition' }),
    ).toBeInTheDocument();
    expect(paragraph()).toHaveTextContent('A hyperirritable locus in a taut band.');
    expect(view.queryByText(/Experts still debate/)).not.toBeInTheDocument();
    act(() => atlasStore.getState().actions.closeLearn());

    expect(screen.getByRole('navigation', { name: 'Background' })).toHaveTextContent(
      'Trigger points: definition',
    );
    expect(screen.getByRole('button', { name: 'taut band' }).closest('p')).toHaveTextContent(
      'Mid anterior free border; the taut band runs vertically.',
    );
    // A term's page shows the name at the other level too.
    await userEvent.click(screen.getByRole('button', { name: 'taut band' }));
    expect(within(dialog()).getByText('In plain words: Taut band')).toBeInTheDocument();
  });

  it('renders data text as text, never as HTML, around glossary links', () => {
    const files = learnAtlasFiles();
    const trap = files['muscles/upper-trapezius.json'] as {
      triggerPoints: { symptoms: { patient: string } }[];
    };
    const tp = trap.triggerPoints[0];
    if (tp) tp.symptoms.patient = '<img src=x onerror=alert(1)> a taut band <b>here</b>';
    resetStore(atlasFrom(files));
    const { container } = renderApp();
    select('upper-trapezius-1:right');
    const term = screen.getAllByRole('button', { name: 'taut band' })[1]!;
    expect(term.closest('p')).toHaveTextContent(
      '<img src=x onerror=alert(1)> a taut band <b>here</b>',
    );
    expect(container.querySelector('img:not(.app-header__logo)')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });

  it('renders plain text when the atlas has no glossary', () => {
    resetStore(atlasFrom({ ...learnAtlasFiles(), 'glossary.json': { terms: [] } }));
    renderApp();
    select('upper-trapezius-1:right');
    expect(screen.queryByRole('button', { name: 'taut band' })).not.toBeInTheDocument();
    expect(
      screen.getByText('In the thick edge of muscle on top of the shoulder, along a taut band.'),
    ).toBeInTheDocument();
  });
});
