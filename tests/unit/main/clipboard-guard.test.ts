import { describe, expect, it } from 'vitest';
import { SensitiveClipboard, type ClipboardPort, type Timers } from '../../../electron/main/clipboard-guard';

/** An in-memory clipboard and a manual clock: the system clipboard is not ours to touch in tests. */
function setup() {
  let text = '';
  const port: ClipboardPort = {
    readText: () => text,
    writeText: (t) => {
      text = t;
    },
    clear: () => {
      text = '';
    },
  };
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    set: (cb) => (pending.set(++next, cb), next),
    clear: (h) => pending.delete(h as number),
  };
  const fire = async () => {
    [...pending.values()].forEach((cb) => cb());
    await new Promise((r) => setTimeout(r, 0));
  };
  return { port, timers, fire, read: () => text, write: (t: string) => (text = t) };
}

describe('SensitiveClipboard', () => {
  it('clears the clipboard when the time is up and it still holds the name', async () => {
    const s = setup();
    const guard = new SensitiveClipboard(s.port, 30_000, s.timers);
    await guard.copy('Amal Hassan — +20 100 000 0000');
    expect(s.read()).toBe('Amal Hassan — +20 100 000 0000');
    await s.fire();
    expect(s.read()).toBe('');
  });

  it('leaves alone what the officer copied since', async () => {
    const s = setup();
    const guard = new SensitiveClipboard(s.port, 30_000, s.timers);
    await guard.copy('أمل حسن');
    s.write('meeting agenda');
    await s.fire();
    expect(s.read()).toBe('meeting agenda');
  });

  it('clears at once on lock, and only once', async () => {
    const s = setup();
    const guard = new SensitiveClipboard(s.port, 30_000, s.timers);
    await guard.copy('Amal Hassan');
    expect(await guard.clearIfStillOurs()).toBe(true);
    expect(s.read()).toBe('');
    s.write('later copy');
    expect(await guard.clearIfStillOurs()).toBe(false);
    expect(s.read()).toBe('later copy');
  });

  it('does not keep the value itself', async () => {
    const s = setup();
    const guard = new SensitiveClipboard(s.port, 30_000, s.timers);
    await guard.copy('Amal Hassan');
    expect(JSON.stringify(guard)).not.toContain('Amal');
  });
});
