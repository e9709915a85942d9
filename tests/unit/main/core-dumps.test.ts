import { execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { disableCoreDumps } from '../../../electron/main/core-dumps';

// If this machine already forbids core dumps outright, the change cannot be observed.
const coreAlreadyOff = process.platform === 'linux' && /Max core file size\s+0\s+0\s/.test(readFileSync('/proc/self/limits', 'utf8'));

describe.runIf(process.platform === 'linux')('disableCoreDumps on Linux', () => {
  it.skipIf(coreAlreadyOff)('sets the core size limit to zero (soft and hard) and the dump filter to nothing, on a real process', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const pid = child.pid ?? 0;
      expect(readFileSync(`/proc/${pid}/limits`, 'utf8')).not.toMatch(/Max core file size\s+0\s+0\s/);
      expect(await disableCoreDumps([pid])).toEqual([]);
      expect(readFileSync(`/proc/${pid}/limits`, 'utf8')).toMatch(/Max core file size\s+0\s+0\s/);
      expect(Number.parseInt(readFileSync(`/proc/${pid}/coredump_filter`, 'utf8'), 16)).toBe(0);
    } finally {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('reports a process it could not reach instead of throwing', async () => {
    expect(await disableCoreDumps([2 ** 22 + 12345])).toEqual([2 ** 22 + 12345]);
  });

  it('does nothing elsewhere', async () => {
    expect(await disableCoreDumps([process.pid], 'darwin')).toEqual([]);
  });
});

describe.runIf(process.platform === 'linux')('the native hardening module (main process on itself)', () => {
  it('makes the process non-dumpable with a zero core limit, and is the same build Node and Electron load', () => {
    // In a child process: the test runner itself should stay as it is.
    const script = `
      const h = require('@fieldnotes/hardening');
      const before = h.isDumpable();
      const done = h.disableCoreDumps();
      const limits = require('fs').readFileSync('/proc/self/limits', 'utf8');
      console.log(JSON.stringify({ before, done, after: h.isDumpable(), core: /Max core file size\\s+0\\s+0\\s/.test(limits) }));`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({ before: true, done: true, after: false, core: true });
  });
});
