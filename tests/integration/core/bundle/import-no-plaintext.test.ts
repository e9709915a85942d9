import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { generateAgeIdentity, parseAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { ExportService } from '../../../../electron/core/bundle/export-service';
import { importBundle, type ImportRequest } from '../../../../electron/core/bundle/import-service';
import type { ImportStore } from '../../../../electron/core/bundle/import-store';
import { meeting, PASSPHRASE, useTempDirs } from '../../../support/temp-vault';

// Headquarters' import must never put a bundle's plaintext on disk: not in the vault folder, not
// in the system temp folder, not for a moment (a file unlinked later lingers on the raw device).
// The temp folder of this test process is a fresh one, so everything written there is scanned.
const scratch = mkdtempSync(join(tmpdir(), 'fieldnotes-no-plaintext-'));
const previousTmp = process.env.TMPDIR;
process.env.TMPDIR = scratch;
afterAll(() => {
  process.env.TMPDIR = previousTmp;
  rmSync(scratch, { recursive: true, force: true });
});

const temp = useTempDirs();

/** Attachment content is a random marker repeated: any piece of its plaintext holds the marker. */
const MARKER = randomBytes(24);
const content = (bytes: number) => Buffer.alloc(bytes, MARKER);

/** Every file under `root` (but `skip`) holding the marker, as paths relative to the scratch folder. */
function filesWithPlaintext(root: string, skip: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (path === skip) continue;
      if (item.isDirectory()) walk(path);
      else if (item.isFile() && readFileSync(path).includes(MARKER)) found.push(relative(scratch, path));
    }
  };
  walk(root);
  return found;
}

/** An officer's bundle with one meeting and two attachments (sorted by their archive names), made in `work`, which the scans skip. */
async function officerBundle() {
  const work = temp.dir();
  const officer = temp.session(join(work, 'officer'));
  await officer.create(PASSPHRASE);
  const notebook = officer.requireNotebook();
  const hq = generateAgeIdentity();
  const stores = officer.requireBundleStores();
  stores.recipients.add('HQ', hq.recipient, true);
  const met = notebook.entries.create(meeting({ title: 'Met at the annex' }));
  for (const [name, bytes] of [['a.bin', 300_000], ['b.bin', 200_000]] as const) {
    writeFileSync(join(work, name), content(bytes));
    await notebook.attachments.add({ entryId: met.id, path: join(work, name), stripLocation: false });
  }
  const bundle = join(work, 'export.fieldnotes');
  await new ExportService(notebook, stores.officer, stores.recipients, () => new Date()).export({ to: ['HQ'], out: bundle, filter: {} });
  const attachmentIds = notebook.attachments.list(met.id).map((a) => a.id).sort();
  const request: ImportRequest = { path: bundle, identities: [parseAgeIdentity(hq.identity)], signers: [stores.officer.publicKey()] };
  officer.lock();
  writeFileSync(join(work, 'hq.txt'), `${hq.identity}\n`);
  return { work, bundle, request, attachmentIds };
}

/**
 * Calls `seen(call, pieces)` as the store begins its `call`-th attachment (pieces 0) and after
 * the writer took each piece of it: the moments plaintext could be lying on disk.
 */
function watchWrites(store: ImportStore, seen: (call: number, pieces: number) => void): void {
  const write = store.writeAttachment.bind(store);
  let calls = 0;
  async function* observed(source: AsyncIterable<Buffer>, call: number) {
    let pieces = 0;
    for await (const piece of source) {
      yield piece;
      seen(call, (pieces += 1));
    }
  }
  store.writeAttachment = (source, ...rest) => {
    calls += 1;
    seen(calls, 0);
    return write(typeof source === 'string' ? source : observed(source, calls), ...rest);
  };
}

async function headquarters() {
  const hq = await temp.unlockedNotebook();
  const vaultDir = hq.session.layout.dir;
  const store = hq.session.requireBundleStores().imports;
  const imported = () => (existsSync(join(vaultDir, 'attachments', 'imported')) ? readdirSync(join(vaultDir, 'attachments', 'imported')) : []);
  const nothingImported = () => {
    expect(store.list()).toEqual([]);
    expect(hq.notebook.audit.list({ limit: 50, offset: 0, action: 'bundle.imported' }).records).toEqual([]);
    expect(imported()).toEqual([]);
    expect(readdirSync(vaultDir).filter((name) => name.startsWith('.'))).toEqual([]);
  };
  return { ...hq, store, imported, nothingImported };
}

describe('headquarters import writes no plaintext', () => {
  it('while each attachment is stored, no file in the vault folder or the temp folder holds its plaintext; after, only ciphertext', async () => {
    const { work, request } = await officerBundle();
    const hq = await headquarters();
    const hits: string[] = [];
    watchWrites(hq.store, (call, pieces) => hits.push(...filesWithPlaintext(scratch, work).map((file) => `${file} (attachment ${call}, piece ${pieces})`)));

    expect(await importBundle(hq.notebook, hq.store, request)).toMatchObject({ imported: true, entries: 1 });
    expect(hits).toEqual([]);
    expect(hq.imported()).toHaveLength(2);
    expect(filesWithPlaintext(scratch, work)).toEqual([]);
  }, 120_000);

  it('a failure half-way through the second attachment stores nothing and leaves no file; the bundle then imports whole', async () => {
    const { work, request } = await officerBundle();
    const hq = await headquarters();
    watchWrites(hq.store, (call, pieces) => {
      if (call === 2 && pieces === 1) throw new AppError('STORAGE_FULL', 'The disk is full (injected).');
    });
    await expect(importBundle(hq.notebook, hq.store, request)).rejects.toMatchObject({ code: 'STORAGE_FULL' });
    hq.nothingImported();
    expect(filesWithPlaintext(scratch, work)).toEqual([]);

    const again = await headquarters();
    expect(await importBundle(again.notebook, again.store, request)).toMatchObject({ imported: true });
    expect(again.imported()).toHaveLength(2);
  }, 120_000);

  it('a cancel half-way through the second attachment stores nothing and leaves no file', async () => {
    const { work, request } = await officerBundle();
    const hq = await headquarters();
    const cancel = new AbortController();
    watchWrites(hq.store, (call, pieces) => {
      if (call === 2 && pieces === 1) cancel.abort();
    });
    await expect(importBundle(hq.notebook, hq.store, { ...request, signal: cancel.signal })).rejects.toMatchObject({ name: 'AbortError' });
    hq.nothingImported();
    expect(filesWithPlaintext(scratch, work)).toEqual([]);
  }, 120_000);

  it('a lock half-way through the second attachment cancels the import job and leaves no file', async () => {
    const { work, request } = await officerBundle();
    const hq = await headquarters();
    const { imported, store } = hq;
    watchWrites(store, (call, pieces) => {
      if (call === 2 && pieces === 1) hq.session.lock();
    });
    const jobId = hq.session.jobs.start('bundle-import', (signal) => importBundle(hq.notebook, store, { ...request, signal }).then(() => undefined));
    expect(await hq.session.jobs.outcome(jobId)).toEqual({ state: 'cancelled' });
    expect(imported()).toEqual([]);
    expect(filesWithPlaintext(scratch, work)).toEqual([]);
    await hq.session.unlock(PASSPHRASE);
    expect(hq.session.requireBundleStores().imports.list()).toEqual([]);
  }, 120_000);

  it('a bundle file replaced after it was verified (an attachment altered, re-encrypted to HQ) is refused naming the file, and what was stored goes', async () => {
    const { work, bundle, request, attachmentIds } = await officerBundle();
    const sh = (command: string) => execSync(command, { cwd: work, encoding: 'utf8', shell: '/bin/bash' });
    mkdirSync(join(work, 'out'));
    sh('age -d -i hq.txt export.fieldnotes | tar -x -C out');
    const last = `attachments/${attachmentIds[1] as string}`;
    const altered = readFileSync(join(work, 'out', last));
    altered[1000] = (altered[1000] as number) ^ 1;
    writeFileSync(join(work, 'out', last), altered);
    sh('cd out && tar --sort=name -cf - * | age -r $(age-keygen -y ../hq.txt) > ../modified.fieldnotes');

    const hq = await headquarters();
    let writes = 0;
    watchWrites(hq.store, (call) => (writes = call));
    let swapped = false;
    // The swap happens as the first pass (the verification) has read the whole file: the second pass opens the other one.
    const onProgress = (done: number, total: number) => {
      if (!swapped && done >= Math.floor(total / 2)) {
        renameSync(join(work, 'modified.fieldnotes'), bundle);
        swapped = true;
      }
    };
    await expect(importBundle(hq.notebook, hq.store, { ...request, onProgress })).rejects.toMatchObject({
      code: 'BUNDLE_TAMPERED',
      message: expect.stringContaining(`hash mismatch on ${last}`) as unknown,
      file: last,
    });
    expect(swapped).toBe(true);
    // The first attachment was stored before the second was found altered: it is gone too.
    expect(writes).toBe(2);
    hq.nothingImported();
    expect(filesWithPlaintext(scratch, work)).toEqual([]);
  }, 120_000);
});
