import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeZeroThrottleState } from '../../../electron/core/vault/throttle';
import { collectOutput } from '../../support/collect-output';

const REPO_ROOT = resolve(__dirname, '../../..');
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const ATTEMPT = join(REPO_ROOT, 'tests/support/throttle-attempt.ts');
const PARALLEL_RUNS = 6;

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolvePromise) => setTimeout(resolvePromise, 5));
}

describe('UnlockThrottle across processes', () => {
  // Six Node processes start under tsx: generous time for a loaded machine; nothing waits on the clock.
  it('lets six parallel attempts (six CLI runs) through no more than the three free ones', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-throttle-parallel-'));
    const counter = join(dir, 'unlock-attempts.json');
    const go = join(dir, 'go');
    writeZeroThrottleState(counter);
    const readyFiles = Array.from({ length: PARALLEL_RUNS }, (_, i) => join(dir, `ready-${i}`));
    const runs = readyFiles.map((ready) => collectOutput(spawn(TSX, [ATTEMPT, counter, ready, go], { cwd: REPO_ROOT })));
    // Every process is started and waiting before any may ask: the six requests really contend.
    await until(() => readyFiles.every((file) => existsSync(file)));
    writeFileSync(go, '');
    const results = await Promise.all(runs);
    for (const result of results) expect(result).toMatchObject({ code: 0, stderr: '' });
    const admissions = results.map((result) => JSON.parse(result.stdout) as { admitted: boolean });
    expect(admissions.filter((admission) => admission.admitted)).toHaveLength(3);
    expect(JSON.parse(readFileSync(counter, 'utf8'))).toMatchObject({ failures: 3 });
  });
});
