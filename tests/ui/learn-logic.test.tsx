import { describe, expect, it } from 'vitest';
import type { ArticleId, GlossaryId } from '../../src/domain/ids';
import type { Article, GlossaryTerm } from '../../src/domain/types';
import type { LearnTarget } from '../../src/state/store';
import { backTarget, goBack, sameTarget, TRAIL_LIMIT, visit } from '../../src/ui/learn/trail';
import { filterGlossary } from '../../src/ui/learn/glossaryFilter';
import { articlesMentioning } from '../../src/ui/learn/related';

const index: LearnTarget = { kind: 'index' };
const article = (id: string): LearnTarget => ({ kind: 'article', id: id as ArticleId });
const term = (id: string): LearnTarget => ({ kind: 'term', id: id as GlossaryId });

describe('Learn trail', () => {
  it('appends new pages, ignores a repeat of the top page and caps its length', () => {
    let trail = visit([], index);
    trail = visit(trail, article('a'));
    expect(visit(trail, article('a'))).toBe(trail);
    trail = visit(trail, term('t'));
    expect(trail).toEqual([index, article('a'), term('t')]);
    let long = visit([], index);
    for (let i = 0; i < TRAIL_LIMIT + 5; i++) long = visit(long, term(`t${i}`));
    expect(long).toHaveLength(TRAIL_LIMIT);
  });

  it('goes back to the previous page, or to the index when opened straight at a page', () => {
    const trail = [index, article('a'), term('t')];
    expect(backTarget(trail)).toEqual(article('a'));
    expect(goBack(trail)).toEqual([index, article('a')]);
    expect(backTarget([term('t')])).toEqual(index);
    expect(visit(goBack([term('t')]), index)).toEqual([index]);
    expect(backTarget([index])).toBeNull();
    expect(backTarget([])).toBeNull();
  });

  it('compares targets by kind and id', () => {
    expect(sameTarget(article('a'), article('a'))).toBe(true);
    expect(sameTarget(article('a'), term('a'))).toBe(false);
    expect(sameTarget(index, { kind: 'index' })).toBe(true);
  });
});

const glossaryTerm = (
  id: string,
  patient: string,
  clinical: string,
  forms: string[],
): GlossaryTerm =>
  ({
    id,
    term: { patient, clinical },
    forms,
    definition: { patient: 'p', clinical: 'c' },
    sources: [],
  }) as unknown as GlossaryTerm;

const terms = [
  glossaryTerm('ltr', 'Twitch', 'Local twitch response', ['local twitch response', 'LTR']),
  glossaryTerm('pir', 'Stretch after tensing', 'Post-isometric relaxation', ['PIR']),
  glossaryTerm('para', 'Pins and needles', 'Paraesthesia', ['paresthesia']),
];

describe('filterGlossary', () => {
  it('sorts by the name shown at the reading level', () => {
    expect(filterGlossary(terms, '', 'patient').map((t) => t.id)).toEqual(['para', 'pir', 'ltr']);
    expect(filterGlossary(terms, '', 'clinical').map((t) => t.id)).toEqual(['ltr', 'para', 'pir']);
  });

  it('matches word starts in either name or a linked form, ignoring case and accents', () => {
    expect(filterGlossary(terms, 'twi', 'clinical').map((t) => t.id)).toEqual(['ltr']);
    expect(filterGlossary(terms, 'ltr', 'patient').map((t) => t.id)).toEqual(['ltr']);
    expect(filterGlossary(terms, 'ISOMETRIC', 'patient').map((t) => t.id)).toEqual(['pir']);
    expect(filterGlossary(terms, 'páres', 'patient').map((t) => t.id)).toEqual(['para']);
    expect(filterGlossary(terms, 'pins needles', 'patient').map((t) => t.id)).toEqual(['para']);
    expect(filterGlossary(terms, 'witch', 'patient')).toEqual([]);
  });
});

describe('articlesMentioning', () => {
  const text = (patient: string, clinical: string) => ({ patient, clinical });
  const make = (id: string, body: ReturnType<typeof text>): Article =>
    ({
      id,
      title: text(id, id),
      summary: text('s', 's'),
      sections: [{ heading: text('h', 'h'), body }],
      sources: [],
    }) as unknown as Article;
  const articles = [
    make('one', text('You may feel a twitch.', 'A local twitch response.')),
    make('two', text('Nothing here.', 'An LTR is common.')),
  ];

  it('finds the articles that mention a term at the reading level, in authored order', () => {
    const ltr = glossaryTerm('ltr', 'Twitch', 'Local twitch response', [
      'local twitch response',
      'LTR',
      'twitch',
    ]);
    expect(articlesMentioning(ltr, articles, 'patient').map((a) => a.id)).toEqual(['one']);
    expect(articlesMentioning(ltr, articles, 'clinical').map((a) => a.id)).toEqual(['one', 'two']);
  });
});
