import { useCallback, type ReactNode } from 'react';
import type { PagedRows } from './use-paged-rows';
import { VirtualListbox, type RowState } from './VirtualListbox';

interface PagedListboxProps<Row extends { id: string }, Info> {
  rows: PagedRows<Row, Info>;
  count: number;
  labelledBy: string;
  idPrefix: string;
  className: string;
  onOpen: (id: string) => void;
  /** `row` is undefined while its page is on its way. */
  renderRow: (row: Row | undefined, position: number, state: RowState) => ReactNode;
}

/** A virtual listbox of entries fetched page by page; opening a row opens its entry by id. */
export function PagedListbox<Row extends { id: string }, Info>({ rows, count, labelledBy, idPrefix, className, onOpen, renderRow }: PagedListboxProps<Row, Info>) {
  const { row, need } = rows;
  const open = useCallback(
    (index: number) => {
      const entry = row(index);
      if (entry) onOpen(entry.id);
    },
    [row, onOpen],
  );
  return (
    <VirtualListbox
      count={count}
      labelledBy={labelledBy}
      idPrefix={idPrefix}
      className={className}
      rowClassName="entry-card"
      onRangeChange={need}
      onOpen={open}
      renderRow={(index, state) => renderRow(row(index), index + 1, state)}
    />
  );
}
