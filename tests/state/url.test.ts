import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState, type UrlState } from '../../src/state/url';

const known = (id: string) => id === 'upper-trapezius-1' || id === 'soleus-1';

describe('URL state', () => {
  it('round-trips every combination it can express', () => {
    const states: UrlState[] = [
      DEFAULT_URL_STATE,
      { selection: { id: 'upper-trapezius-1' as never, side: 'right' }, view: null, level: 'patient' },
      { selection: { id: 'soleus-1' as never, side: 'left' }, view: 'back', level: 'clinical' },
      { selection: null, view: 'left', level: 'clinical' },
    ];
    for (const state of states) {
      const search = serializeUrlState(state);
      expect(parseUrlState(search, known)).toEqual({ state, notices: [] });
    }
  });

  it('keeps links short by omitting defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(serializeUrlState({ selection: { id: 'soleus-1' as never, side: 'right' }, view: null, level: 'patient' })).toBe('?tp=soleus-1');
  });

  it('rejects unknown ids and bad values with a notice and keeps the rest', () => {
    const { state, notices } = parseUrlState('?tp=no-such-point&side=up&view=top&level=expert', known);
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toMatch(/side "up"/);
    expect(notices[1]).toMatch(/trigger point "no-such-point" that is not in this atlas/);
  });

  it('applies the valid parts of a partly broken link', () => {
    const { state, notices } = parseUrlState('?tp=soleus-1&side=left&view=sideways', known);
    expect(state.selection).toEqual({ id: 'soleus-1', side: 'left' });
    expect(notices).toEqual(['The link\'s view "sideways" is not one of front, back, left or right.']);
  });

  it('truncates absurdly long values in notices and ignores empty ones', () => {
    const { notices } = parseUrlState(`?tp=${'a'.repeat(500)}`, known);
    expect(notices[0]!.length).toBeLessThan(160);
    expect(parseUrlState('?tp=', known)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
});
