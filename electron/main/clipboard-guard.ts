import { createHash } from 'node:crypto';
import { SENSITIVE_CLIPBOARD_MS } from '../../shared/domain/clipboard';
import { sensitiveClipboardEntries, type ClipboardEntries } from './security/clipboard-marks';

/**
 * The methods of Electron's `clipboard`, and of its Linux `clipboard.selection`, that the
 * guard uses (same names and shapes). Tests pass an in-memory fake.
 */
export interface ClipboardSurface<Item> {
  readText(): Promise<string>;
  write(items: Item[]): Promise<void>;
  clear(): void;
}

export interface ClipboardAccess<Item> {
  /** The clipboard Ctrl+V pastes from (CLIPBOARD on X11 and Wayland). */
  clipboard: ClipboardSurface<Item>;
  /** Linux's PRIMARY selection (middle-click paste); undefined on Windows and macOS. */
  selection: ClipboardSurface<Item> | undefined;
  /** One clipboard item from its entries (Electron: `new ClipboardItem`). */
  toItem(entries: ClipboardEntries): Item;
  platform: NodeJS.Platform;
}

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const nodeTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

function digest(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * Every copy Fieldnotes makes (the Copy button beside a name, and the Edit menu's Copy and Cut
 * and their shortcuts) goes through here. Threat: a name left on the clipboard is pasted into
 * the wrong place later, read by any other program, kept by clipboard history or synced to
 * the cloud.
 * - The copy carries the markers that keep it out of clipboard history, cloud clipboard and
 *   well-behaved clipboard managers (security/clipboard-marks.ts).
 * - After 30 s, CLIPBOARD and Linux's PRIMARY selection are cleared where they still hold that
 *   value; never something the officer copied since. At lock, the same at once.
 * - At lock PRIMARY is also cleared whatever it holds: Chromium puts any text the officer
 *   *selects* in the page there without asking us, so we cannot know whether it is ours.
 * The guard keeps only a SHA-256 of the value, never the value.
 * No 'electron' import: the main process passes Electron's clipboard; tests pass a fake.
 */
export class SensitiveClipboard<Item> {
  private pending: { hash: string; timer: unknown } | null = null;

  constructor(
    private readonly access: ClipboardAccess<Item>,
    private readonly clearAfterMs: number = SENSITIVE_CLIPBOARD_MS,
    private readonly timers: Timers = nodeTimers,
  ) {}

  async copy(text: string): Promise<void> {
    this.cancel();
    await this.access.clipboard.write([this.access.toItem(sensitiveClipboardEntries(text, this.access.platform))]);
    const hash = digest(text);
    this.pending = { hash, timer: this.timers.set(() => void this.clearIfStillOurs().catch(() => undefined), this.clearAfterMs) };
  }

  /** Clears CLIPBOARD and PRIMARY where they still hold the last copied value. Called by the timer. */
  async clearIfStillOurs(): Promise<boolean> {
    const pending = this.pending;
    this.cancel();
    if (pending === null) return false;
    let cleared = false;
    for (const surface of [this.access.clipboard, this.access.selection]) {
      if (surface === undefined || digest(await surface.readText()) !== pending.hash) continue;
      surface.clear();
      cleared = true;
    }
    return cleared;
  }

  /** At lock: PRIMARY whatever it holds (first, so no failure below can skip it), then what the timer would clear. */
  async clearAtLock(): Promise<void> {
    this.access.selection?.clear();
    await this.clearIfStillOurs();
  }

  private cancel(): void {
    if (this.pending !== null) this.timers.clear(this.pending.timer);
    this.pending = null;
  }
}
