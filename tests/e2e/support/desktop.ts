import type { DesktopPort } from '../../../electron/core/handlers/context';
import { SensitiveClipboard, type ClipboardSurface } from '../../../electron/main/clipboard-guard';
import type { ClipboardEntries } from '../../../electron/main/security/clipboard-marks';

/**
 * The DesktopPort of the e2e harness: the shell's own SensitiveClipboard over an in-memory
 * clipboard (the machine's real clipboard is not the test's to touch), and a "system browser"
 * that only records what it was asked to open. Nothing here reaches a network or the OS.
 */
export class TestDesktop implements DesktopPort {
  clipboardText = '';
  readonly opened: string[] = [];
  private readonly surface: ClipboardSurface<ClipboardEntries> = {
    readText: () => Promise.resolve(this.clipboardText),
    write: (items) => {
      const plain = items[0]?.['text/plain'];
      this.clipboardText = typeof plain === 'string' ? plain : '';
      return Promise.resolve();
    },
    clear: () => {
      this.clipboardText = '';
    },
  };
  // No PRIMARY selection here: the harness's page is Debian Chromium's, not ours to clear.
  readonly clipboard = new SensitiveClipboard({ clipboard: this.surface, selection: undefined, toItem: (entries) => entries, platform: process.platform });

  copySensitive(text: string): Promise<void> {
    return this.clipboard.copy(text);
  }

  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }

  /** What the "system" open dialog returns next: files the test made; empty is a cancel. */
  nextPicks: string[] = [];
  /** Where the "system" save dialog saves next; null is a cancel. */
  nextSaveTarget: string | null = null;

  pickFiles(options = { multiple: true }): Promise<string[]> {
    const picks = this.nextPicks.splice(0);
    return Promise.resolve(options.multiple ? picks : picks.slice(0, 1));
  }

  pickSaveTarget(): Promise<string | null> {
    return Promise.resolve(this.nextSaveTarget);
  }
}
