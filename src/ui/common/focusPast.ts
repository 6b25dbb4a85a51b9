/**
 * For a control that removes the thing it sits in (a notice's ×, the hint's "Got it"): move
 * focus on to the next control after that thing, or the one before it at the end of the page,
 * before it goes. Otherwise focus falls back to the page and a keyboard user starts over from
 * the top.
 */
const TABBABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

const shown = (el: Element): boolean =>
  !el.closest('[hidden], [inert]') &&
  // Not in jsdom; a browser also skips display: none and visibility: hidden.
  (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true }));

export function focusPast(control: HTMLElement): void {
  const going = control.parentElement ?? control;
  const candidates = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => !going.contains(el) && shown(el),
  );
  const after = candidates.find(
    (el) => going.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  (after ?? candidates.at(-1))?.focus();
}
