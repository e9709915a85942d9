import { spawn } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectOutput } from '../../support/collect-output';
import { useTempDirs } from '../../support/temp-vault';

const REPO_ROOT = resolve(__dirname, '../../..');
const PROBE = join(REPO_ROOT, 'tests/support/heap-after-lock-probe.ts');
// Letters that search normalisation never folds, so the stored text is the canary as typed.
const ARABIC_LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمن';

const temp = useTempDirs();

function canaries(): { latin: string; arabic: string } {
  const arabic = Array.from({ length: 10 }, () => ARABIC_LETTERS[randomInt(ARABIC_LETTERS.length)]).join('');
  return { latin: `Canary${randomBytes(6).toString('hex')}`, arabic };
}

/**
 * The strings of the snapshot's live objects that contain a canary. The snapshot lists every
 * V8 string by content, one-byte (Latin-1) and two-byte (UTF-16) alike; JSON.parse undoes
 * its escapes. Native memory (SQLite's heap, Buffer contents) is not in a heap snapshot: what
 * was freed there is not zeroed, which docs/security.md says and no JS can change.
 */
async function liveCopiesAfterLock(hold: boolean): Promise<string[]> {
  const dir = temp.dir();
  const snapshot = join(mkdtempSync(join(dir, 'snap-')), 'after-lock.heapsnapshot');
  const { latin, arabic } = canaries();
  const args = ['--expose-gc', '--import', 'tsx', PROBE, dir, snapshot, ...(hold ? ['--hold'] : [])];
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT });
  child.stdin.end(`${latin}\n${arabic}\n`);
  const result = await collectOutput(child);
  expect(result).toMatchObject({ code: 0, stderr: '' });
  const { strings } = JSON.parse(readFileSync(snapshot, 'utf8')) as { strings: string[] };
  return strings.filter((text) => text.includes(latin) || text.includes(arabic));
}

// Each case starts a Node process, derives a key and writes a heap snapshot: generous time for a loaded machine.
describe('decrypted text in the Node heap after a lock', { timeout: 120_000 }, () => {
  it('finds the canary when something keeps a note (the probe works)', async () => {
    expect((await liveCopiesAfterLock(true)).length).toBeGreaterThan(0);
  });

  it('keeps no note text or query alive after lock and a full GC', async () => {
    expect(await liveCopiesAfterLock(false)).toEqual([]);
  });
});
