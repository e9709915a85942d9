import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectOutput, type Collected } from '../support/collect-output';

// scripts/no-network.mjs run for real: a command that tries the network must fail the run and
// be named, a command that only uses local IPC must pass, and the real CLI runs clean inside.

const ROOT = resolve(import.meta.dirname, '../..');
const WRAPPER = join(ROOT, 'scripts/no-network.mjs');
const BIN = join(ROOT, 'bin/fieldnotes.mjs');

/** Why this machine cannot run the wrapper, or null. */
function unavailable(): string | null {
  if (process.platform !== 'linux') return `needs Linux, this is ${process.platform}`;
  for (const tool of ['unshare', 'strace']) {
    if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) return `${tool} is not installed`;
  }
  if (spawnSync('unshare', ['-rn', 'true']).status !== 0) return 'unshare -rn is not permitted (user namespaces are disabled)';
  return null;
}

/**
 * ptrace allows one tracer per process. Inside `npm test`'s traced run (test:all) this file
 * cannot start a second strace; `npm test` runs it again afterwards, untraced, as test:network.
 */
const tracer = Number(/^TracerPid:\s+(\d+)/m.exec(existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '')?.[1] ?? 0);
const missing = unavailable();
const skipReason =
  tracer !== 0
    ? `already traced by pid ${tracer} (inside npm test's no-network run; ptrace allows one tracer). npm test runs this file next as \`npm run test:network\``
    : missing && !process.env.CI
      ? `${missing}; the no-network proof needs Linux with unshare (util-linux) and strace`
      : null;
if (skipReason) process.stdout.write(`tests/network/no-network.test.ts skipped: ${skipReason}\n`);

type Run = Collected;

function wrapped(command: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return collectOutput(spawn(process.execPath, [WRAPPER, '--', ...command], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] }));
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-network-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(skipReason !== null)('no-network wrapper (unshare -rn + strace)', () => {
  it('has what it needs (in CI a missing tool is a failure, not a skip)', () => {
    expect(missing).toBeNull();
  });

  it('fails a command that tries TCP and UDP, naming each attempt, even though the command exits 0', async () => {
    const script = [
      "const net = require('node:net'); const dgram = require('node:dgram');",
      "net.connect(443, '203.0.113.9').on('error', (e) => console.log('tcp', e.code));",
      "const udp = dgram.createSocket('udp4');",
      "udp.send(Buffer.from('q'), 53, '198.51.100.1', (e) => { console.log('udp', e && e.code); udp.close(); });",
    ].join('\n');
    const run = await wrapped([process.execPath, '-e', script]);

    expect(run.code, run.stderr).toBe(1);
    // The command's own output is untouched: inside the namespace both sends fail at once.
    expect(run.stdout).toContain('tcp ENETUNREACH');
    expect(run.stdout).toContain('udp ENETUNREACH');
    expect(run.stderr).toMatch(/no-network: FAIL: \d+ network attempt\(s\)/);
    expect(run.stderr).toMatch(/pid \d+ connect AF_INET 203\.0\.113\.9:443 → -1 ENETUNREACH/);
    expect(run.stderr).toMatch(/pid \d+ sendmsg AF_INET 198\.51\.100\.1:53 → -1 ENETUNREACH/);
    expect(run.stderr).toContain(`by: ${process.execPath} -e const net = require('node:net');`);
  });

  it('passes a command that only uses a local AF_UNIX socket and writes a file, with its own exit code', async () => {
    const dir = tempDir();
    const socket = join(dir, 'ipc.sock');
    const out = join(dir, 'out.txt');
    const script = [
      "const net = require('node:net'); const fs = require('node:fs');",
      'const server = net.createServer((c) => c.on("data", (d) => { fs.writeFileSync(process.argv[2], d); c.end(); server.close(); }));',
      "server.listen(process.argv[1], () => net.connect(process.argv[1], function () { this.end('written over AF_UNIX'); }));",
      "server.on('close', () => { console.log('done'); process.exitCode = 7; });",
    ].join('\n');
    const run = await wrapped([process.execPath, '-e', script, socket, out]);

    expect(run.code, run.stderr).toBe(7);
    expect(run.stdout).toBe('done\n');
    expect(readFileSync(out, 'utf8')).toBe('written over AF_UNIX');
    expect(run.stderr).toMatch(/^no-network: 0 network attempts .* in an empty network namespace; command exited 7\n$/);
  });

  it('runs the real CLI (create → add → search) with zero network attempts', async () => {
    const env = {
      ...process.env,
      FIELDNOTES_KDF_TARGET_MS: '0',
      FIELDNOTES_PASSPHRASE: 'violet harbor juniper quietly ledger',
      FIELDNOTES_VAULT: join(tempDir(), 'vault'),
    };
    const cli = (...args: string[]) => wrapped([process.execPath, BIN, ...args], env);

    const created = await cli('vault', 'create');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('Created vault in');

    const added = await cli('entry', 'add', '--kind', 'meeting', '--title', 'Meeting at the annex', '--body', 'They reported harassment after the hearing.');
    expect(added.code, added.stderr).toBe(0);
    const id = added.stdout.trim();

    const found = await cli('search', 'harassment');
    expect(found.code, found.stderr).toBe(0);
    expect(found.stdout).toMatch(/^1 match for "harassment"\.$/m);
    expect(found.stdout).toContain(id);

    for (const run of [created, added, found]) expect(run.stderr).toMatch(/no-network: 0 network attempts .*; command exited 0\n$/);
  });
});
