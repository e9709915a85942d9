import { describe, expect, it } from 'vitest';
import { osClipboardFormat, sensitiveClipboardEntries } from '../../../electron/main/security/clipboard-marks';

describe('sensitiveClipboardEntries', () => {
  it('on Windows: the text plus the three formats that keep it out of history and the cloud, each a DWORD 0', () => {
    const entries = sensitiveClipboardEntries('أمل حسن', 'win32');
    expect(Object.keys(entries).sort()).toEqual(
      [
        'text/plain',
        'electron application/osclipboard;format="ExcludeClipboardContentFromMonitorProcessing"',
        'electron application/osclipboard;format="CanIncludeInClipboardHistory"',
        'electron application/osclipboard;format="CanUploadToCloudClipboard"',
      ].sort(),
    );
    expect(entries['text/plain']).toBe('أمل حسن');
    for (const name of ['ExcludeClipboardContentFromMonitorProcessing', 'CanIncludeInClipboardHistory', 'CanUploadToCloudClipboard']) {
      const value = entries[osClipboardFormat(name)];
      expect(value, name).toBeInstanceOf(Uint8Array);
      // DWORD 0: four zero bytes, little-endian as Windows reads a DWORD.
      expect(new DataView((value as Uint8Array).buffer).getUint32(0, true)).toBe(0);
      expect((value as Uint8Array).byteLength).toBe(4);
    }
  });

  it('gives each copy its own DWORD buffers (a mutated one cannot leak into the next copy)', () => {
    const first = sensitiveClipboardEntries('a', 'win32')[osClipboardFormat('CanIncludeInClipboardHistory')] as Uint8Array;
    first[0] = 1;
    expect(sensitiveClipboardEntries('b', 'win32')[osClipboardFormat('CanIncludeInClipboardHistory')]).toEqual(new Uint8Array(4));
  });

  it('on Linux: the KDE password-manager hint that Klipper skips', () => {
    expect(sensitiveClipboardEntries('Amal', 'linux')).toEqual({
      'text/plain': 'Amal',
      'electron application/osclipboard;format="x-kde-passwordManagerHint"': 'secret',
    });
  });

  it('on macOS: the text only', () => {
    expect(sensitiveClipboardEntries('Amal', 'darwin')).toEqual({ 'text/plain': 'Amal' });
  });
});
