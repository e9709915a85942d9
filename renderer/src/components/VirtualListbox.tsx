import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface RowState {
  /** The row the keyboard is on (the one that holds the focus while the list has it). */
  active: boolean;
  /** Focused or under the pointer: where the officer is looking (the discreet screen shows only this row). */
  revealed: boolean;
}

interface VirtualListboxProps {
  count: number;
  labelledBy: string;
  /** Row ids are `${idPrefix}-${index}`. */
  idPrefix: string;
  className?: string;
  /** Added to each row (the option element) beside `vlist__row`. */
  rowClassName?: string;
  renderRow: (index: number, state: RowState) => ReactNode;
  onOpen: (index: number) => void;
  /**
   * Given: a multi-select list (ticking by Space, Enter or a click goes through onOpen), and a row
   * is selected when this says so. Absent: the selection follows the keyboard.
   */
  isSelected?: (index: number) => boolean;
  /** The rows drawn (visible and a little beyond), so the caller can fetch their data. */
  onRangeChange: (start: number, end: number) => void;
}

/** Rows drawn beyond each edge of the viewport, so a short scroll shows no empty band. */
const OVERSCAN = 6;
/** Until a row is measured; rows have one fixed block size set in CSS. */
const ESTIMATED_ROW_PX = 72;

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

/**
 * A listbox that draws only the rows in view, so 100,000 notes cost what 20 do. Rows have one
 * block size (set in CSS, measured here), so row i sits at i × size and the scrollbar is true.
 * Focus is real (roving tabindex): arrows, Home/End, PageUp/PageDown move it, the row scrolls
 * into view, and aria-setsize/aria-posinset tell a screen reader where it is in the whole list.
 * The active row is always drawn, so the focus never falls out of the document while scrolling.
 */
export function VirtualListbox({ count, labelledBy, idPrefix, className, rowClassName, renderRow, onOpen, isSelected, onRangeChange }: VirtualListboxProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [rowPx, setRowPx] = useState(ESTIMATED_ROW_PX);
  const [scroll, setScroll] = useState({ top: 0, height: 0 });
  const [active, setActive] = useState(0);
  const [hovered, setHovered] = useState<number | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  /** The row to focus once drawn; a ref, so an effect of an older render cannot focus an older row. */
  const focusTarget = useRef<number | null>(null);
  const last = Math.max(0, count - 1);
  const activeIndex = clamp(active, last);

  // The viewport's size and the rows' size, again whenever either can change (resize, zoom, font).
  useLayoutEffect(() => {
    const element = viewport.current;
    if (!element) return undefined;
    const measure = () => {
      setScroll({ top: element.scrollTop, height: element.clientHeight });
      const row = element.querySelector<HTMLElement>('[role="option"]');
      if (row && row.offsetHeight > 0) setRowPx(row.offsetHeight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [count]);

  const first = clamp(Math.floor(scroll.top / rowPx) - OVERSCAN, last);
  const end = count === 0 ? 0 : clamp(Math.ceil((scroll.top + scroll.height) / rowPx) + OVERSCAN, count);

  useEffect(() => {
    onRangeChange(first, end);
  }, [first, end, onRangeChange]);

  // Focus follows the keyboard once React has drawn the row. Keys pressed faster than React
  // renders each read the newest target; a stale one would move the focus (and the row) back.
  useEffect(() => {
    const target = focusTarget.current;
    const row = target === null ? null : document.getElementById(`${idPrefix}-${target}`);
    if (!row) return;
    focusTarget.current = null;
    row.focus({ preventScroll: true });
  });

  const moveTo = useCallback(
    (index: number) => {
      const element = viewport.current;
      const target = clamp(index, last);
      if (element) {
        const top = target * rowPx;
        if (top < element.scrollTop) element.scrollTop = top;
        else if (top + rowPx > element.scrollTop + element.clientHeight) element.scrollTop = top + rowPx - element.clientHeight;
        setScroll({ top: element.scrollTop, height: element.clientHeight });
      }
      focusTarget.current = target;
      setActive(target);
    },
    [last, rowPx],
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const pageRows = Math.max(1, Math.floor(scroll.height / rowPx) - 1);
    // From a move not drawn yet, if any: a second key before the render must not repeat the first.
    const from = focusTarget.current ?? activeIndex;
    const moves: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + pageRows,
      PageUp: from - pageRows,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(activeIndex);
    }
  };

  const indices: number[] = [];
  for (let index = first; index < end; index += 1) indices.push(index);
  if (count > 0 && (activeIndex < first || activeIndex >= end)) indices.push(activeIndex);

  return (
    <div
      ref={viewport}
      role="listbox"
      // Focusable for the rule, out of the tab order: Tab lands on the active option instead.
      tabIndex={-1}
      aria-labelledby={labelledBy}
      aria-multiselectable={isSelected ? true : undefined}
      className={`vlist ${className ?? ''}`}
      onScroll={(event) => setScroll({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}
      onKeyDown={onKeyDown}
      onFocus={() => setHasFocus(true)}
      onBlur={(event) => setHasFocus(event.currentTarget.contains(event.relatedTarget))}
    >
      <div className="vlist__space" style={{ blockSize: count * rowPx }}>
        {indices.map((index) => (
          // Keyboard handling sits on the listbox (the arrows move between options), which jsx-a11y cannot see.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <div
            key={index}
            id={`${idPrefix}-${index}`}
            role="option"
            aria-selected={isSelected ? isSelected(index) : index === activeIndex}
            aria-setsize={count}
            aria-posinset={index + 1}
            tabIndex={index === activeIndex ? 0 : -1}
            className={`vlist__row ${rowClassName ?? ''}`}
            style={{ insetBlockStart: index * rowPx }}
            onClick={() => {
              setActive(index);
              onOpen(index);
            }}
            onFocus={() => setActive(index)}
            onMouseEnter={() => setHovered(index)}
            onMouseLeave={() => setHovered((current) => (current === index ? null : current))}
          >
            {renderRow(index, { active: index === activeIndex, revealed: hovered === index || (hasFocus && index === activeIndex) })}
          </div>
        ))}
      </div>
    </div>
  );
}
