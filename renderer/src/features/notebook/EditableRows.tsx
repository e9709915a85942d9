import { useRef, type ReactNode } from 'react';
import { LIMITS } from '../../../../shared/domain/entries';
import { useI18n } from '../../i18n/use-i18n';
import { useRowFocus } from './row-focus';

interface EditableRowsProps<T> {
  rows: readonly T[];
  onChange: (rows: T[]) => void;
  /** A new row; called on each "Add" so a row that carries its own id gets a fresh one. */
  blank: () => T;
  addLabel: string;
  /** The remove button's label for the row numbered `number` (already in the reader's digits). */
  removeLabel: (number: string) => string;
  /** Names each row as a group (fieldset legend); without it the row's own labels carry its number. */
  legend?: (number: string) => string;
  /** A row's React key; its index when rows have no id of their own. */
  rowKey?: (row: T, index: number) => string | number;
  children: (row: T, patch: (change: Partial<T>) => void, number: string) => ReactNode;
}

/**
 * Repeated rows in an editor (follow-ups, passages, counsel, defendants, a case's own actions):
 * add at the end up to the contract's limit, remove any, and keep the keyboard in place (a new
 * row's first input, or "Add" after a removal).
 */
export function EditableRows<T extends object>({ rows, onChange, blank, addLabel, removeLabel, legend, rowKey, children }: EditableRowsProps<T>) {
  const { formatNumber } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  useRowFocus(rows.length, listRef, addRef);
  return (
    <>
      <ol className="editor-rows" ref={listRef}>
        {rows.map((row, index) => {
          const number = formatNumber(index + 1);
          const content = (
            <>
              {children(row, (change) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r))), number)}
              <button type="button" className="button button--small" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
                {removeLabel(number)}
              </button>
            </>
          );
          return (
            <li key={rowKey ? rowKey(row, index) : index} className={legend ? 'editor-rows__row' : 'editor-rows__row editor-rows__row--plain'}>
              {legend ? (
                <fieldset className="editor-rows__fieldset">
                  <legend className="editor-rows__legend">{legend(number)}</legend>
                  {content}
                </fieldset>
              ) : (
                content
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" ref={addRef} disabled={rows.length >= LIMITS.rows} onClick={() => onChange([...rows, blank()])}>
        {addLabel}
      </button>
    </>
  );
}
