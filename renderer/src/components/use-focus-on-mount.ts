import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element when a screen appears, so keyboard and screen-reader users start
 * at the new screen instead of on a button that no longer exists.
 */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
