import type { DesktopPort } from '../../../electron/core/handlers/context';
import { SensitiveClipboard, type ClipboardPort } from '../../../electron/main/clipboard-guard';

/**
 * The DesktopPort of the e2e harness: the shell's own SensitiveClipboard over an in-memory
 * clipboard (the machine's real clipboard is not the test's to touch), and a "system browser"
 * that only records what it was asked to open. Nothing here reaches a network or the OS.
 */
export class TestDesktop implements DesktopPort {
  clipboardText = '';
  readonly opened: string[] = [];
  private readonly port: ClipboardPort = {
    readText: () => this.clipboardText,
    writeText: (text) => {
      this.clipboardText = text;
    },
    clear: () => {
      this.clipboardText = '';
    },
  };
  readonly clipboard = new SensitiveClipboard(this.port);

  copySensitive(text: string): Promise<void> {
    return this.clipboard.copy(text);
  }

  openExternal(url: string): Promise<void> {
    this.opened.push(url);
    return Promise.resolve();
  }
}
