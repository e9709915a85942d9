/** One clipboard item: a MIME type or Electron custom format → its payload. */
export type ClipboardEntries = Readonly<Record<string, string | Uint8Array>>;

/** Electron's name for a raw platform clipboard format (docs/api/clipboard.md). */
export function osClipboardFormat(name: string): string {
  return `electron application/osclipboard;format="${name}"`;
}

/** A DWORD 0 (4 bytes, little-endian), the value Windows reads as "no". */
function dwordZero(): Uint8Array {
  return new Uint8Array(4);
}

/**
 * What a copy made by Fieldnotes puts on the clipboard: the text, plus the markers that ask the
 * OS and clipboard managers not to keep it. Threat: Windows clipboard history (Win+V) keeps
 * every copy after the clipboard is cleared, and cloud clipboard uploads it to the officer's
 * Microsoft account and their other devices; KDE's Klipper keeps a history and restores
 * cleared text.
 * - Windows: `ExcludeClipboardContentFromMonitorProcessing` (any data; monitors that honour it
 *   skip the copy), `CanIncludeInClipboardHistory` = DWORD 0 (not in history) and
 *   `CanUploadToCloudClipboard` = DWORD 0 (not synced), written in the same item as the text.
 * - Linux: `x-kde-passwordManagerHint` = "secret", which Klipper and wl-clip-persist skip
 *   (KeePassXC sets the same).
 * - macOS: nothing that Electron can set reaches Universal Clipboard; see docs/security.md.
 */
export function sensitiveClipboardEntries(text: string, platform: NodeJS.Platform): ClipboardEntries {
  const entries: Record<string, string | Uint8Array> = { 'text/plain': text };
  if (platform === 'win32') {
    entries[osClipboardFormat('ExcludeClipboardContentFromMonitorProcessing')] = dwordZero();
    entries[osClipboardFormat('CanIncludeInClipboardHistory')] = dwordZero();
    entries[osClipboardFormat('CanUploadToCloudClipboard')] = dwordZero();
  }
  if (platform === 'linux') entries[osClipboardFormat('x-kde-passwordManagerHint')] = 'secret';
  return entries;
}
