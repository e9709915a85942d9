import { useEffect, useRef, type RefObject } from 'react';

/**
 * After "Add", the keyboard goes to the new row's first input; after "Remove", to the add
 * button, so the focus never falls back to the page's start. `count` is the number of rows.
 */
export function useRowFocus(count: number, list: RefObject<HTMLOListElement | null>, add: RefObject<HTMLButtonElement | null>): void {
  const previous = useRef(count);
  useEffect(() => {
    if (count > previous.current) list.current?.querySelector<HTMLElement>('li:last-child :is(input, textarea, select)')?.focus();
    else if (count < previous.current) add.current?.focus();
    previous.current = count;
  }, [count, list, add]);
}
