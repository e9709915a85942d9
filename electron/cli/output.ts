import type { TextSegment } from '../../shared/domain/search';
import { formatLocalInstant } from './dates';

/**
 * Note text may come from anywhere (pasted from a message, later imported from a bundle).
 * Printed raw, an ESC or other control character could rewrite the reader's terminal
 * (move the cursor, retitle the window, hide lines), so text output shows each one as U+FFFD.
 * Letters of every script, Arabic included, pass through untouched: no reshaping, no
 * reordering — the terminal's bidi support, if any, does that. --json is unaffected (JSON
 * escapes control characters itself).
 */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** For one-line fields (titles, table cells): line breaks and tabs become spaces. */
export function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\t]/g, ' ').replace(CONTROL, '\uFFFD');
}

/** For the body: keeps line breaks and tabs, normalises CRLF. */
export function multiLine(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL, '\uFFFD');
}

export function writeOut(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** --json: the contract's output object as dispatch returned it, nothing added or renamed. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Instants are stored in UTC and shown in local time with their offset; `-` for none. */
export function formatInstant(iso: string | null): string {
  if (iso === null) return '-';
  return formatLocalInstant(iso) ?? oneLine(iso);
}

/**
 * Columns padded to the widest cell. Callers put free text (titles) in the last column, which
 * is never padded: the other columns are ASCII, so `.length` is their display width and no
 * width table for Arabic, combining marks or CJK is needed.
 */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all
    .map((row) =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export type HighlightStyle = 'ansi' | 'brackets';

/**
 * Search hits: reverse video on a terminal (readable on light and dark themes, and in RTL
 * text where bold alone is easy to miss); `[` `]` markers when stdout is a pipe or a file, or
 * when NO_COLOR is set (https://no-color.org), so grep and logs never see escape codes.
 */
export function highlightStyle(env: NodeJS.ProcessEnv): HighlightStyle {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return process.stdout.isTTY && !noColor ? 'ansi' : 'brackets';
}

export function highlight(segments: TextSegment[], style: HighlightStyle): string {
  return segments
    .map(({ text, hit }) => {
      const clean = oneLine(text);
      if (!hit) return clean;
      return style === 'ansi' ? `\u001b[7m${clean}\u001b[27m` : `[${clean}]`;
    })
    .join('');
}

/** `Label   value` lines, labels padded to line the values up. */
export function fields(rows: [label: string, value: string][]): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width + 1)}  ${value}`).join('\n');
}
