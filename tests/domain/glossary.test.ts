import { describe, expect, it } from 'vitest';
import { linkTerms, termMatcher } from '../../src/domain/glossary';
import type { GlossaryTerm } from '../../src/domain/types';

const term = (id: string, forms: string[]): GlossaryTerm =>
  ({ id, forms, term: { patient: id, clinical: id }, definition: { patient: 'x', clinical: 'x' }, sources: [] }) as unknown as GlossaryTerm;

const matcher = termMatcher([
  term('trigger-point', ['trigger point', 'trigger points']),
  term('active-trigger-point', ['active trigger point']),
  term('taut-band', ['taut band']),
]);

describe('glossary linking', () => {
  it('links whole-word mentions, longest form first, once per term', () => {
    const segments = linkTerms('An Active trigger point sits in a taut band; a trigger point may be latent. Taut band again.', matcher);
    expect(segments).toEqual([
      { kind: 'text', text: 'An ' },
      { kind: 'term', text: 'Active trigger point', termId: 'active-trigger-point' },
      { kind: 'text', text: ' sits in a ' },
      { kind: 'term', text: 'taut band', termId: 'taut-band' },
      { kind: 'text', text: '; a ' },
      { kind: 'term', text: 'trigger point', termId: 'trigger-point' },
      { kind: 'text', text: ' may be latent. Taut band again.' },
    ]);
  });

  it('ignores partial words and the excluded term, and keeps the text whole', () => {
    const text = 'Retaut bandage; trigger pointer; the trigger points.';
    const segments = linkTerms(text, matcher, 'trigger-point' as never);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.kind === 'term')).toEqual([]);
    expect(linkTerms('plain', termMatcher([]))).toEqual([{ kind: 'text', text: 'plain' }]);
  });
});
