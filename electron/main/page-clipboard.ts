import { clipboard, ClipboardItem, type WebContents } from 'electron';
import { SensitiveClipboard } from './clipboard-guard';
import { securityEvent } from './log';
import type { ClipboardEntries } from './security/clipboard-marks';
import { pageEditCommand, type PageEditCommand } from './security/edit-shortcuts';
import { READ_SELECTION_SCRIPT, SELECTION_WORLD_ID } from './security/selection-script';

function toClipboardItem(entries: ClipboardEntries): ClipboardItem {
  const payloads = Object.entries(entries).map(([type, value]): [string, string | Blob] => [type, typeof value === 'string' ? value : new Blob([new Uint8Array(value)])]);
  return new ClipboardItem(Object.fromEntries(payloads));
}

/** The guard over the system clipboard and, on Linux, the PRIMARY selection. */
export function createClipboardGuard(): SensitiveClipboard<ClipboardItem> {
  return new SensitiveClipboard({
    clipboard,
    // Electron's `clipboard.selection` exists on Linux only.
    selection: process.platform === 'linux' ? clipboard.selection : undefined,
    toItem: toClipboardItem,
    platform: process.platform,
  });
}

/**
 * Copy and Cut made by the main process instead of Chromium, so the text goes through the
 * guard (markers, clear after 30 s and at lock) and never reaches the clipboard unmarked.
 * The selection is read in an isolated world (security/selection-script.ts); Cut then deletes
 * it with the page's own Delete command, which the editor can undo.
 */
async function copyFromPage(contents: WebContents, guard: SensitiveClipboard<ClipboardItem>, command: PageEditCommand): Promise<void> {
  if (contents.isDestroyed()) return;
  const text: unknown = await contents.executeJavaScriptInIsolatedWorld(SELECTION_WORLD_ID, [{ code: READ_SELECTION_SCRIPT }]);
  if (typeof text !== 'string' || text.length === 0) return;
  await guard.copy(text);
  if (command === 'cut') contents.delete();
}

/** Copy or Cut from the page through the guard, for the Edit menu and the shortcuts alike; a failure is logged. */
export function pageEditor(contents: WebContents, guard: SensitiveClipboard<ClipboardItem>): (command: PageEditCommand) => void {
  return (command) => void copyFromPage(contents, guard, command).catch(() => securityEvent(`${command} from the page failed`));
}

/**
 * Takes Ctrl+C / Ctrl+X (Cmd on macOS), Ctrl+Insert and Shift+Delete away from Chromium's
 * editor, whose copy would bypass the guard, and hands them to `edit`. `preventDefault` also
 * stops the menu accelerator, so each press copies once.
 */
export function routePageCopies(contents: WebContents, edit: (command: PageEditCommand) => void): void {
  contents.on('before-input-event', (event, input) => {
    const command = pageEditCommand(input, process.platform);
    if (command === null) return;
    event.preventDefault();
    edit(command);
  });
}
