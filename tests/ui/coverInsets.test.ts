import { describe, expect, it } from 'vitest';
import { coverInsets, type Box } from '../../src/ui/shell/coverInsets';

const stage: Box = { left: 0, top: 56, right: 880, bottom: 800 };
const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('the part of the stage covers leave free', () => {
  it('is all of it without covers, or with covers outside the stage', () => {
    expect(coverInsets(stage, [])).toEqual(none);
    expect(coverInsets(stage, [null, { left: 900, top: 56, right: 1280, bottom: 800 }])).toEqual(
      none,
    );
  });

  it('gives a bottom sheet the bottom and a drawer the left', () => {
    const sheet = { left: 0, top: 664, right: 880, bottom: 800 };
    expect(coverInsets(stage, [sheet])).toEqual({ ...none, bottom: 136 });
    const drawer = { left: 0, top: 56, right: 372, bottom: 800 };
    expect(coverInsets(stage, [drawer])).toEqual({ ...none, left: 372 });
  });

  it('gives a lower-left legend the edge that costs less: the bottom when it is wide', () => {
    const legend = { left: 12, top: 561, right: 372, bottom: 752 };
    expect(coverInsets(stage, [legend])).toEqual({ ...none, bottom: 800 - 561 });
    // A tall, narrow one takes the left instead.
    const tall = { left: 12, top: 200, right: 150, bottom: 788 };
    expect(coverInsets(stage, [tall])).toEqual({ ...none, left: 150 });
  });

  it('counts an overlay only for what earlier covers left free', () => {
    const legend = { left: 12, top: 561, right: 372, bottom: 696 };
    const hint = { left: 12, top: 705, right: 472, bottom: 788 };
    // The legend's bottom inset already clears the hint below it.
    expect(coverInsets(stage, [legend, hint])).toEqual({ ...none, bottom: 800 - 561 });
    // Beside an open drawer the legend sits to its right and still takes the bottom.
    const drawer = { left: 0, top: 56, right: 372, bottom: 800 };
    const besideDrawer = { left: 396, top: 561, right: 756, bottom: 788 };
    expect(coverInsets(stage, [drawer, besideDrawer])).toEqual({
      ...none,
      left: 372,
      bottom: 800 - 561,
    });
  });

  it('stacks a phone legend under the view buttons onto the top inset', () => {
    const phone: Box = { left: 0, top: 56, right: 390, bottom: 844 };
    const sheet = { left: 0, top: 434, right: 390, bottom: 844 };
    const buttons = { left: 8, top: 64, right: 382, bottom: 120 };
    const legend = { left: 8, top: 128, right: 382, bottom: 180 };
    expect(coverInsets(phone, [sheet, buttons, legend])).toEqual({
      ...none,
      bottom: 410,
      top: 124,
    });
  });

  it('leaves out an overlay that would leave too little to frame into, keeping the panels', () => {
    const phone: Box = { left: 0, top: 56, right: 360, bottom: 740 };
    const sheet = { left: 0, top: 384, right: 360, bottom: 740 };
    const hint = { left: 8, top: 120, right: 352, bottom: 250 };
    expect(coverInsets(phone, [sheet, hint])).toEqual({ ...none, bottom: 356 });
  });
});
