import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/url';

const known = {
  isTriggerPoint: (id: string) => id === 'upper-trapezius-1' || id === 'soleus-1',
  isRegion: (id: string) => id === 'heel' || id === 'temple',
};

describe('URL state', () => {
  it('round-trips every combination it can express', () => {
    const states: UrlState[] = [
      DEFAULT_URL_STATE,
      { ...DEFAULT_URL_STATE, selection: { id: 'upper-trapezius-1' as never, side: 'right' } },
      {
        ...DEFAULT_URL_STATE,
        selection: { id: 'soleus-1' as never, side: 'left' },
        view: 'back',
        level: 'clinical',
      },
      { ...DEFAULT_URL_STATE, view: 'left', level: 'clinical' },
      {
        ...DEFAULT_URL_STATE,
        mode: 'pain',
        pain: [
          { kind: 'spot', points: [[-0.085, 1.66, 0.03]] },
          { kind: 'region', id: 'heel' as never, side: 'left' },
          {
            kind: 'spot',
            points: [
              [-0.04, 0.9, -0.12],
              [-0.045, 0.905, -0.118],
            ],
          },
        ],
      },
    ];
    for (const state of states) {
      const search = serializeUrlState(state);
      expect(parseUrlState(search, known)).toEqual({ state, notices: [] });
    }
  });

  it('keeps links short by omitting defaults', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
    expect(
      serializeUrlState({
        ...DEFAULT_URL_STATE,
        selection: { id: 'soleus-1' as never, side: 'right' },
      }),
    ).toBe('?tp=soleus-1');
  });

  it('rejects unknown ids and bad values with a notice and keeps the rest', () => {
    const { state, notices } = parseUrlState(
      '?tp=no-such-point&side=up&view=top&level=expert',
      known,
    );
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(notices).toHaveLength(4);
    expect(notices[0]).toMatch(/side "up"/);
    expect(notices[1]).toMatch(/trigger point "no-such-point" that is not in this atlas/);
  });

  it('applies the valid parts of a partly broken link', () => {
    const { state, notices } = parseUrlState('?tp=soleus-1&side=left&view=sideways', known);
    expect(state.selection).toEqual({ id: 'soleus-1', side: 'left' });
    expect(notices).toEqual([
      'The link\'s view "sideways" is not one of front, back, left or right.',
    ]);
  });

  it('truncates absurdly long values in notices and ignores empty ones', () => {
    const { notices } = parseUrlState(`?tp=${'a'.repeat(500)}`, known);
    expect(notices[0]!.length).toBeLessThan(160);
    expect(parseUrlState('?tp=', known)).toEqual({ state: DEFAULT_URL_STATE, notices: [] });
  });
});

describe('pain marks in links', () => {
  it('encodes spots in millimetres, strokes with _ and regions with a side suffix', () => {
    const search = serializeUrlState({
      ...DEFAULT_URL_STATE,
      mode: 'pain',
      pain: [
        { kind: 'spot', points: [[-0.0851, 1.66, 0.03]] },
        { kind: 'region', id: 'heel' as never, side: 'left' },
      ],
    });
    expect(decodeURIComponent(search)).toBe('?mode=pain&pain=-85,1660,30~heel.l');
  });

  it('drops unreadable, unknown and off-body marks with one notice, and caps the count', () => {
    const { state, notices } = parseUrlState(
      '?mode=pain&pain=-85,1660,30~nowhere~1,2~9000,100,0~temple',
      known,
    );
    expect(state.pain).toEqual([
      { kind: 'spot', points: [[-0.085, 1.66, 0.03]] },
      { kind: 'region', id: 'temple', side: 'right' },
    ]);
    expect(notices).toEqual(["3 of the link's pain marks could not be read and were left out."]);
    const many = Array.from({ length: 40 }, () => 'temple').join('~');
    const capped = parseUrlState(`?pain=${many}`, known);
    expect(capped.state.pain).toHaveLength(24);
    expect(capped.notices[0]).toMatch(/more than 24/);
  });

  it('rejects an unknown mode with a notice', () => {
    expect(parseUrlState('?mode=quiz', known).notices[0]).toMatch(/mode "quiz"/);
  });
});
