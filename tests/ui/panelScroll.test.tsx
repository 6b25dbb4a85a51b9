// @vitest-environment jsdom
/**
 * A panel that shows something else starts at the top: the new trigger point (or the pain
 * finder, or the results again) is not opened at the old content's scroll position.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { SidePanel } from '../../src/ui/sheet/SidePanel';
import { BottomSheet } from '../../src/ui/sheet/BottomSheet';

afterEach(cleanup);

describe('panel scroll', () => {
  it.each([
    [
      'side panel',
      '.side-panel__scroll',
      (showing: string) => (
        <SidePanel label="Details" showing={showing}>
          <p>text</p>
        </SidePanel>
      ),
    ],
    [
      'bottom sheet',
      '.bottom-sheet__content',
      (showing: string) => (
        <BottomSheet snap="half" onSnapChange={() => {}} label="Details" showing={showing}>
          <p>text</p>
        </BottomSheet>
      ),
    ],
  ])('%s: back to the top for new content, kept for the same', (_, selector, panel) => {
    const { container, rerender } = render(panel('explore:soleus-1:right'));
    const scroller = container.querySelector<HTMLElement>(selector)!;
    scroller.scrollTop = 400;
    rerender(panel('explore:soleus-1:right'));
    expect(scroller.scrollTop).toBe(400);
    rerender(panel('explore:soleus-1:left'));
    expect(scroller.scrollTop).toBe(0);
  });
});
