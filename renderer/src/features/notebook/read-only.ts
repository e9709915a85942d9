import { createContext } from 'react';

/**
 * True inside a read-only entry (an imported one): a <fieldset disabled> stops every form
 * control, but not a contenteditable, so the fields that draw one read this.
 */
export const ReadOnlyEntry = createContext(false);
