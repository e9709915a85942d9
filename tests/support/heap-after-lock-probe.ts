/**
 * Run with `node --expose-gc --import tsx` (the heap-after-lock test spawns it). Reads two
 * canary words from standard input, drives a real vault through dispatch as the app does
 * (create, write, update, drafts, lock and unlock, list, get, search, a refused save), locks,
 * forces a full GC and writes a V8 heap snapshot to the path given. The canaries arrive as bytes and become
 * note text only inside `useNotebook`, so this script itself keeps none of it alive, except
 * with `--hold`, the test's positive control, which keeps one note the way a cache would.
 */
import { randomBytes } from 'node:crypto';
import { writeHeapSnapshot } from 'node:v8';
import { join } from 'node:path';
import { createHandlerContext } from '../../electron/core/handlers/create-context';
import { dispatch } from '../../electron/core/handlers/dispatch';
import type { HandlerContext } from '../../electron/core/handlers/context';
import type { ErrorCode } from '../../shared/errors';

// Random, so that any passphrase-strength rule accepts it.
const PASSPHRASE = randomBytes(24).toString('base64url');
const [, , vaultParent, snapshotFile, mode] = process.argv;
if (!vaultParent || !snapshotFile) throw new Error('usage: heap-after-lock-probe <dir> <snapshot> [--hold]');
const forceGc = (globalThis as { gc?: () => void }).gc;
if (!forceGc) throw new Error('run with --expose-gc');

const log = { incident: (_id: string, _channel: string, error: unknown) => console.error(error) };
const retained: unknown[] = [];

/** One request as the app sends it; anything but the expected outcome stops the probe. */
async function call(ctx: HandlerContext, channel: string, payload: unknown, expected: 'ok' | ErrorCode = 'ok'): Promise<unknown> {
  const result = await dispatch(ctx, channel, payload, log);
  const outcome = result.ok ? 'ok' : result.error.code;
  if (outcome !== expected) throw new Error(`${channel}: ${outcome}, expected ${expected}`);
  return result.ok ? result.value : result.error;
}

/** Everything that touches note text happens in here, so the text is garbage once it returns. */
async function useNotebook(ctx: HandlerContext, canaryBytes: Buffer): Promise<void> {
  const [latin, arabic] = canaryBytes.toString('utf8').trim().split('\n') as [string, string];
  const entry = (n: number) => ({
    kind: 'meeting',
    title: `Meeting ${n} with ${latin} ${arabic}`,
    body: `${latin} said the hearing was moved. ${arabic} شهد الجلسة.`,
    occurredAt: null,
    location: `Office of ${latin}`,
    counterpartType: 'hrd',
    participants: `${latin}, ${arabic}`,
  });
  const first = (await call(ctx, 'entry:create', { entry: entry(1) })) as { id: string; revision: number };
  await call(ctx, 'entry:create', { entry: entry(2) });
  await call(ctx, 'entry:update', { id: first.id, revision: first.revision, entry: entry(3) });
  await call(ctx, 'entry:update', { id: first.id, revision: first.revision, entry: entry(4) }, 'CONFLICT');
  await call(ctx, 'draft:save', { key: 'new:meeting', baseRevision: null, entry: entry(5) });
  // Reopened, as after an idle lock: the unlock path (migrations, index upkeep) reads the notes too.
  await call(ctx, 'vault:lock', {});
  await call(ctx, 'vault:unlock', { passphrase: PASSPHRASE });
  await call(ctx, 'draft:get', { key: 'new:meeting' });
  await call(ctx, 'entry:list', {});
  const note = await call(ctx, 'entry:get', { id: first.id });
  if (mode === '--hold') retained.push(note);
  await call(ctx, 'search:query', { query: latin });
  await call(ctx, 'search:query', { query: `"${arabic} شهد"` });
  // Last: a search that finds nothing, so no note id is validated after the officer's query.
  await call(ctx, 'search:query', { query: `${arabic}ي ${latin}q` });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  for (const chunk of chunks) chunk.fill(0);
  return bytes;
}

async function main(dir: string, snapshot: string, gc: () => void): Promise<void> {
  const ctx = createHandlerContext({ vaultDir: join(dir, 'vault'), preferencesFile: join(dir, 'prefs.json'), kdfTargetMs: 0 });
  await call(ctx, 'vault:create', { passphrase: PASSPHRASE });
  const canaryBytes = await readStdin();
  await useNotebook(ctx, canaryBytes);
  canaryBytes.fill(0);
  await call(ctx, 'vault:lock', {});
  // Let pending callbacks settle, as an idle app would, then collect everything unreachable.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  gc();
  writeHeapSnapshot(snapshot);
}

await main(vaultParent, snapshotFile, forceGc);
