import { useEffect, useRef } from 'react';

/**
 * A native <dialog> opened modal while mounted: the top layer makes the page behind it inert,
 * focus starts on `focusRef` (the safe choice), and on close returns to the control that had
 * it, so a keyboard user is never dropped at the top of the page.
 */
export function useModalDialog<F extends HTMLElement>() {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const focusRef = useRef<F>(null);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    focusRef.current?.focus();
    return () => {
      dialog.close();
      opener?.focus();
    };
  }, []);
  return { dialogRef, focusRef };
}
