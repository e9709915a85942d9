import type { FocusEvent } from 'react';

const FOCUSABLE = 'button:not(:disabled), a[href], audio[controls], video[controls], [tabindex="0"]:not([data-focus-wrap])';

/**
 * Tab past the last control comes back to the first, and Shift+Tab before the first goes to
 * the last: a modal <dialog> keeps the page behind inert but would let focus leave for the
 * browser's own chrome. An empty stop at each end sends focus around; it is never where focus
 * rests, so nothing is announced. (Tab inside a player's own controls is left to Chromium.)
 */
export function FocusWrap({ edge }: { edge: 'start' | 'end' }) {
  const wrap = (event: FocusEvent<HTMLSpanElement>) => {
    const inside = [...(event.currentTarget.closest('dialog')?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    (edge === 'start' ? inside.at(-1) : inside[0])?.focus();
  };
  // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a focus stop that moves focus on at once
  return <span tabIndex={0} data-focus-wrap="" onFocus={wrap} />;
}
