import { createHash } from 'node:crypto';
import { SENSITIVE_CLIPBOARD_MS } from '../../shared/domain/clipboard';

/** The three clipboard operations the guard needs; Electron's (async, since 45) `clipboard` satisfies it. */
export interface ClipboardPort {
  readText(): Promise<string> | string;
  writeText(text: string): Promise<void> | void;
  clear(): void;
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
 * Copying a sensitive field (a real name, a contact) clears the clipboard after 30 s if it
 * still holds that value, and at once on lock. Threat: a name left on the clipboard is pasted
 * into the wrong place later or read by any other program. The guard keeps only a SHA-256 of
 * the value, never the value, and never clears something the officer copied since.
 * Linux also has the PRIMARY selection (whatever text is selected, pasted with middle-click);
 * the copy goes to CLIPBOARD only, and docs/security.md says what selection can still hold.
 * No 'electron' import: the main process passes Electron's clipboard; tests pass a fake.
 */
export class SensitiveClipboard {
  private pending: { hash: string; timer: unknown } | null = null;

  constructor(
    private readonly port: ClipboardPort,
    private readonly clearAfterMs: number = SENSITIVE_CLIPBOARD_MS,
    private readonly timers: Timers = nodeTimers,
  ) {}

  async copy(text: string): Promise<void> {
    this.cancel();
    await this.port.writeText(text);
    const hash = digest(text);
    this.pending = { hash, timer: this.timers.set(() => void this.clearIfStillOurs().catch(() => undefined), this.clearAfterMs) };
  }

  /** Clears the clipboard if it still holds the last sensitive value. Called by the timer and on lock. */
  async clearIfStillOurs(): Promise<boolean> {
    const pending = this.pending;
    this.cancel();
    if (pending === null) return false;
    if (digest(await this.port.readText()) !== pending.hash) return false;
    this.port.clear();
    return true;
  }

  private cancel(): void {
    if (this.pending !== null) this.timers.clear(this.pending.timer);
    this.pending = null;
  }
}
