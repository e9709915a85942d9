import { describe, expect, it } from 'vitest';
import { SensitiveClipboard, type ClipboardSurface, type Timers } from '../../../electron/main/clipboard-guard';
import { osClipboardFormat, type ClipboardEntries } from '../../../electron/main/security/clipboard-marks';

/**
 * An in-memory stand-in for Electron's `clipboard` / `clipboard.selection`: the same method
 * names and shapes; an "item" is the entries object the guard built.
 */
class FakeClipboard implements ClipboardSurface<ClipboardEntries> {
  writes: ClipboardEntries[][] = [];
  text = '';
  failReads = false;
  readText(): Promise<string> {
    return this.failReads ? Promise.reject(new Error('clipboard busy')) : Promise.resolve(this.text);
  }
  write(items: ClipboardEntries[]): Promise<void> {
    this.writes.push(items);
    const plain = items[0]?.['text/plain'];
    this.text = typeof plain === 'string' ? plain : '';
    return Promise.resolve();
  }
  clear(): void {
    this.text = '';
  }
}

/** A manual clock: nothing fires until the test says the time is up. */
function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 0;
  const timers: Timers = {
    set: (callback, ms) => (pending.set(++next, { callback, ms }), next),
    clear: (handle) => pending.delete(handle as number),
  };
  const fire = async () => {
    const due = [...pending.values()];
    pending.clear();
    due.forEach(({ callback }) => callback());
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { timers, fire, delays: () => [...pending.values()].map(({ ms }) => ms) };
}

function setup(platform: NodeJS.Platform = 'linux') {
  const clipboard = new FakeClipboard();
  const selection = platform === 'linux' ? new FakeClipboard() : undefined;
  const clock = manualTimers();
  const guard = new SensitiveClipboard({ clipboard, selection, toItem: (entries) => entries, platform }, 30_000, clock.timers);
  return { clipboard, selection, clock, guard };
}

describe('SensitiveClipboard', () => {
  it('clears the clipboard when the time is up and it still holds the name', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('Amal Hassan — +20 100 000 0000');
    expect(clipboard.text).toBe('Amal Hassan — +20 100 000 0000');
    expect(clock.delays()).toEqual([30_000]);
    await clock.fire();
    expect(clipboard.text).toBe('');
  });

  it('leaves alone what the officer copied since', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('أمل حسن');
    clipboard.text = 'meeting agenda';
    await clock.fire();
    expect(clipboard.text).toBe('meeting agenda');
  });

  it('a second copy restarts the clock for the new value only', async () => {
    const { clipboard, clock, guard } = setup();
    await guard.copy('first name');
    await guard.copy('second name');
    expect(clock.delays()).toEqual([30_000]);
    await clock.fire();
    expect(clipboard.text).toBe('');
  });

  it('clears at once on lock, and only once', async () => {
    const { clipboard, guard } = setup();
    await guard.copy('Amal Hassan');
    await guard.clearAtLock();
    expect(clipboard.text).toBe('');
    clipboard.text = 'later copy';
    await guard.clearAtLock();
    expect(clipboard.text).toBe('later copy');
  });

  it('does not keep the value itself', async () => {
    const { guard } = setup();
    await guard.copy('Amal Hassan');
    expect(JSON.stringify(guard, (key, value: unknown) => (key === 'access' ? undefined : value))).not.toContain('Amal');
  });

  it('writes the text and its markers in one item, so no unmarked copy ever exists (Windows)', async () => {
    const { clipboard, guard } = setup('win32');
    await guard.copy('Amal Hassan');
    expect(clipboard.writes).toHaveLength(1);
    const [items] = clipboard.writes;
    expect(items).toHaveLength(1);
    expect(items?.[0]).toMatchObject({
      'text/plain': 'Amal Hassan',
      [osClipboardFormat('CanIncludeInClipboardHistory')]: new Uint8Array([0, 0, 0, 0]),
      [osClipboardFormat('CanUploadToCloudClipboard')]: new Uint8Array([0, 0, 0, 0]),
    });
  });
});

describe('SensitiveClipboard and Linux PRIMARY', () => {
  it('clears PRIMARY on the timer when it holds the copied value', async () => {
    const { selection, clock, guard } = setup('linux');
    await guard.copy('Amal Hassan');
    // Selecting the text in the page before copying it put it in PRIMARY too (Chromium does that).
    selection!.text = 'Amal Hassan';
    await clock.fire();
    expect(selection!.text).toBe('');
  });

  it('leaves PRIMARY alone on the timer when it holds something else', async () => {
    const { selection, clock, guard } = setup('linux');
    await guard.copy('Amal Hassan');
    selection!.text = 'text selected in another program';
    await clock.fire();
    expect(selection!.text).toBe('text selected in another program');
  });

  it('clears PRIMARY at lock whatever it holds, even with no copy pending', async () => {
    const { selection, guard } = setup('linux');
    selection!.text = 'Amal Hassan, selected in a note and never copied';
    await guard.clearAtLock();
    expect(selection!.text).toBe('');
  });

  it('clears PRIMARY at lock even when reading the clipboard fails', async () => {
    const { clipboard, selection, guard } = setup('linux');
    await guard.copy('Amal Hassan');
    selection!.text = 'Amal Hassan';
    clipboard.failReads = true;
    await expect(guard.clearAtLock()).rejects.toThrow('clipboard busy');
    expect(selection!.text).toBe('');
  });

  it('needs no PRIMARY where there is none (Windows, macOS)', async () => {
    for (const platform of ['win32', 'darwin'] as const) {
      const { clipboard, selection, guard } = setup(platform);
      expect(selection).toBeUndefined();
      await guard.copy('Amal Hassan');
      await guard.clearAtLock();
      expect(clipboard.text).toBe('');
    }
  });
});
