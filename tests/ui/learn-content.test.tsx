/**
 * The shipped education content (data/education.json, data/glossary.json): it loads through
 * the real validation boundary with the shipped sources, and it covers what the Learn view and
 * the panel link to. Loaded on top of the mini-atlas fixture so that a muscle file being edited
 * elsewhere cannot fail this test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleId, GlossaryId } from '../../src/domain/ids';
import { linkTerms, termMatcher } from '../../src/domain/glossary';
import { atlasFrom, miniAtlasFiles } from './fixtures';
import { PANEL_ARTICLES, SAFETY_ARTICLES } from '../../src/ui/learn/wording';

const DATA = join(__dirname, '../../data');
const json = (path: string): unknown => JSON.parse(readFileSync(join(DATA, path), 'utf8'));

function educationAtlas() {
  const files: Record<string, unknown> = miniAtlasFiles();
  for (const name of readdirSync(join(DATA, 'sources')))
    files[`sources/${name}`] = json(`sources/${name}`);
  files['glossary.json'] = json('glossary.json');
  files['education.json'] = json('education.json');
  return atlasFrom(files);
}

const REQUIRED_ARTICLES = [
  'what-is-a-trigger-point',
  'how-dry-needling-works',
  'what-needling-feels-like',
  'what-to-expect',
  'side-effects',
  'dry-needling-vs-acupuncture',
  'when-needling-is-not-the-main-tool',
  'physical-therapist-process',
  'why-exercise',
  'when-to-see-a-physical-therapist',
  'red-flags',
  'evidence',
  'disclaimer',
];

const REQUIRED_TERMS = [
  'taut-band',
  'local-twitch-response',
  'referred-pain',
  'essential-zone',
  'spillover-zone',
  'active-trigger-point',
  'latent-trigger-point',
  'myofascial-pain-syndrome',
  'dry-needling',
  'trigger-point',
  'satellite-trigger-point',
  'central-sensitization',
  'perpetuating-factor',
  'post-needling-soreness',
  'pincer-palpation',
  'flat-palpation',
  'jump-sign',
  'post-isometric-relaxation',
  'pneumothorax',
  'sham-needling',
];

describe('shipped education content', () => {
  const atlas = educationAtlas();

  it('has every required article, including those the panel links to', () => {
    const ids = new Set(atlas.articles.map((a) => a.id));
    for (const id of [...REQUIRED_ARTICLES, ...PANEL_ARTICLES, ...SAFETY_ARTICLES])
      expect(ids).toContain(id);
    expect(atlas.articleById.get('what-is-a-trigger-point' as ArticleId)?.title.patient).toBe(
      'What is a trigger point?',
    );
    expect(atlas.articleById.get('what-needling-feels-like' as ArticleId)?.title.patient).toBe(
      'What will dry needling feel like?',
    );
  });

  it('has at least twenty glossary terms, including the core vocabulary', () => {
    expect(atlas.glossary.length).toBeGreaterThanOrEqual(20);
    for (const id of REQUIRED_TERMS) expect(atlas.glossaryById.has(id as GlossaryId)).toBe(true);
  });

  it('gives every linked form to exactly one term, and each term links in running text', () => {
    const owner = new Map<string, string>();
    for (const term of atlas.glossary) {
      for (const form of term.forms) {
        expect(owner.get(form.toLowerCase()), `"${form}" is a form of two terms`).toBeUndefined();
        owner.set(form.toLowerCase(), term.id);
      }
    }
    const matcher = termMatcher(atlas.glossary);
    for (const term of atlas.glossary) {
      const segments = linkTerms(`About ${term.forms[0]} here.`, matcher);
      expect(segments.find((s) => s.kind === 'term')?.termId).toBe(term.id);
    }
  });

  it('mentions the red flags the brief names, at both reading levels', () => {
    const redFlags = atlas.articleById.get('red-flags' as ArticleId)!;
    const patient = redFlags.sections
      .map((s) => s.body.patient)
      .join(' ')
      .toLowerCase();
    for (const words of [
      'fever',
      'weight loss',
      'weakness',
      'bladder or bowel',
      'chest pain',
      'short',
      'night',
      'headache',
      'calf',
      'injury',
    ]) {
      expect(patient).toContain(words);
    }
    const clinical = redFlags.sections
      .map((s) => s.body.clinical)
      .join(' ')
      .toLowerCase();
    for (const words of ['cauda equina', 'pneumothorax', 'deep vein thrombosis', 'malignancy'])
      expect(clinical).toContain(words);
  });
});
