import { execSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { consentInputSchema } from '../../../../shared/domain/kinds/consent';
import { personInputSchema } from '../../../../shared/domain/people';
import { openForServing } from '../../../../electron/core/attachments/http';
import { generateAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { formatMinisignPublicKey, generateMinisignKey, parseMinisignPublicKey } from '../../../../electron/core/bundle/minisign/minisign';
import { createHandlerContext } from '../../../../electron/core/handlers/create-context';
import { dispatch } from '../../../../electron/core/handlers/dispatch';
import { TestDesktop } from '../../../e2e/support/desktop';
import { decryptedVaultPages } from '../../../support/decrypted-pages';
import { meeting, PASSPHRASE, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

type Call = (channel: string, payload: unknown) => Promise<never>;

/** A vault behind the real handlers and dispatch, with the e2e harness's "system dialogs". */
async function app(dir = temp.dir()) {
  const desktop = new TestDesktop();
  const ctx = createHandlerContext({ vaultDir: join(dir, 'vault'), preferencesFile: join(dir, 'prefs.json'), kdfTargetMs: 0, desktop });
  const call: Call = async (channel, payload) => {
    const result = await dispatch(ctx, channel, payload, { incident: () => undefined });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as never;
  };
  await call('vault:create', { passphrase: PASSPHRASE });
  const updates: JobProgress[] = [];
  ctx.vault.jobs.onProgress((update) => updates.push(update));
  return { ctx, desktop, call, dir, updates };
}

type App = Awaited<ReturnType<typeof app>>;

/** An officer's vault with one verified HQ recipient and `notes` meetings; returns HQ's identity file and the officer's key file. */
async function officer(notes = 1) {
  const office = await app();
  const hq = generateAgeIdentity();
  await office.call('bundle:recipient-add', { name: 'HQ desk', recipient: hq.recipient, verified: true });
  for (let i = 0; i < notes; i += 1) office.ctx.vault.requireNotebook().entries.create(meeting({ title: `Annex meeting ${i}` }));
  const identityFile = join(office.dir, 'hq-identity.txt');
  writeFileSync(identityFile, `${hq.identity}\n`);
  // The officer's key as the Export screen saves it: verify and import below trust this file.
  const signerFile = join(office.dir, 'officer.pub');
  office.desktop.nextSaveTarget = signerFile;
  expect(await office.call('bundle:identity-save', {})).toEqual({ fileName: 'officer.pub' });
  return { ...office, identityFile, signerFile };
}

async function exportTo(office: App, name: string): Promise<string> {
  office.desktop.nextSaveTarget = join(office.dir, name);
  const { jobId }: { jobId: string } = await office.call('bundle:export', { to: ['HQ desk'], filter: {} });
  const end: { state: string } = await office.call('bundle:export-result', { jobId });
  // The base name only: the page is never told the folder.
  expect(end).toMatchObject({ state: 'done', result: { fileName: name } });
  return join(office.dir, name);
}

/** Picks the bundle, HQ's identity and the trusted signer files through bundle:pick, as the Headquarters screen does. */
async function pickAll(hq: App, bundle: string, identity: string, signers: string[]) {
  const pick = async (purpose: string, paths: string[]) => {
    hq.desktop.nextPicks = paths;
    return (await hq.call('bundle:pick', { purpose })) as { token: string; name: string }[];
  };
  const [picked] = await pick('bundle', [bundle, identity]);
  const [id] = await pick('identity', [identity]);
  const keys = await pick('signers', signers);
  return { bundle: picked?.token, identity: id?.token, signers: keys.map((k) => k.token) };
}

async function importFiles(hq: App, files: unknown) {
  const { jobId }: { jobId: string } = await hq.call('bundle:import', files);
  return (await hq.call('bundle:import-result', { jobId })) as { state: 'done'; result: Record<string, unknown> };
}

describe('bundle export as a job', () => {
  it("writes where main's save dialog says, reports bytes of the total, and is audited; a cancelled save dialog starts nothing", async () => {
    const office = await officer(2);
    const path = await exportTo(office, 'export.fieldnotes');
    expect(readdirSync(office.dir)).toContain('export.fieldnotes');
    const last = office.updates.filter((u) => u.kind === 'bundle-export').at(-1);
    expect(last).toMatchObject({ state: 'done', unit: 'bytes' });
    expect(last?.total).toBeGreaterThan(0);
    expect(JSON.stringify(office.updates)).not.toContain(path);
    const audit: { records: { action: string }[] } = await office.call('audit:list', {});
    expect(audit.records.filter((r) => r.action === 'export.written')).toHaveLength(1);
    expect(audit.records.filter((r) => r.action === 'identity.public-key-saved')).toHaveLength(1);
    office.desktop.nextSaveTarget = null;
    expect(await office.call('bundle:identity-save', {})).toEqual({ fileName: null });

    office.desktop.nextSaveTarget = null;
    expect(await office.call('bundle:export', { to: ['HQ desk'], filter: {} })).toEqual({ jobId: null });
    await expect(office.call('bundle:export', { to: ['HQ desk'], filter: {}, out: path })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('cancelled mid-way it leaves no file, no temporary file and no audit row claiming an export', async () => {
    const office = await officer();
    const notebook = office.ctx.vault.requireNotebook();
    const [entry] = notebook.entries.list({ limit: 1, offset: 0 }).entries;
    const big = join(office.dir, 'recording.bin');
    writeFileSync(big, randomBytes(24 * 1024 * 1024));
    await notebook.attachments.add({ entryId: entry?.id as string, path: big, stripLocation: false });
    const out = join(office.dir, 'out');
    mkdirSync(out);
    office.desktop.nextSaveTarget = join(out, 'export.fieldnotes');

    // Cancel at the first report of bytes written but not all: a state, not a delay.
    const cancelled = new Promise<void>((resolve) => {
      const stop = office.ctx.vault.jobs.onProgress((update) => {
        if (update.kind !== 'bundle-export' || update.state !== 'running' || update.done === 0 || update.done >= update.total) return;
        stop();
        void office.call('job:cancel', { jobId: update.jobId }).then(() => resolve());
      });
    });
    const { jobId }: { jobId: string } = await office.call('bundle:export', { to: ['HQ desk'], filter: {} });
    await cancelled;
    expect(await office.call('bundle:export-result', { jobId })).toEqual({ state: 'cancelled' });
    expect(readdirSync(out)).toEqual([]);
    const audit: { records: { action: string }[] } = await office.call('audit:list', {});
    expect(audit.records.map((r) => r.action)).not.toContain('export.written');
    await expect(office.call('bundle:export-result', { jobId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);
});

describe('headquarters channels', () => {
  it('pick gives tokens, verify summarises the manifest, import runs as a job once; imported entries are listed, shown with their source and refused on every write', async () => {
    const office = await officer(2);
    const bundle = await exportTo(office, 'export.fieldnotes');
    const hq = await app();
    const files = await pickAll(hq, bundle, office.identityFile, [office.signerFile]);
    expect(JSON.stringify(files)).not.toContain(office.dir);

    const summary: Record<string, unknown> = await hq.call('bundle:verify', files);
    const { keyId, fingerprint }: { keyId: string; fingerprint: string } = await office.call('bundle:identity', {});
    expect(summary).toMatchObject({ sequence: 1, officer: { keyId, fingerprint }, counts: { entries: 2, attachments: 0 }, recipients: [{ name: 'HQ desk' }], redactions: [], metadataKept: { files: 0, carried: [] } });

    const first = await importFiles(hq, files);
    expect(first).toEqual({ state: 'done', result: { bundleId: summary.bundleId, officer: { keyId, fingerprint }, sequence: 1, imported: true, entries: 2, replayed: false } });
    expect(hq.updates.filter((u) => u.kind === 'bundle-import').at(-1)).toMatchObject({ state: 'done', unit: 'bytes' });
    const again = await importFiles(hq, files);
    expect(again.result).toMatchObject({ imported: false, entries: 0 });

    const list: { bundleId: string; entries: number; replayed: boolean; officer: { keyId: string } }[] = await hq.call('bundle:imported-list', {});
    expect(list).toMatchObject([{ bundleId: summary.bundleId, entries: 2, replayed: false, officer: { keyId } }]);
    expect(await hq.call('bundle:arrivals', {})).toEqual([{ officer: { keyId, fingerprint }, arrived: [1], missing: [], replayed: [] }]);
    const entries: { id: string; title: string }[] = await hq.call('bundle:imported-entries', { bundleId: summary.bundleId });
    expect(entries.map((e) => e.title).sort()).toEqual(['Annex meeting 0', 'Annex meeting 1']);
    const shown: { entry: { id: string; revision: number }; source: Record<string, unknown> } = await hq.call('bundle:imported-entry', { bundleId: summary.bundleId, entryId: entries[0]?.id });
    expect(shown.source).toMatchObject({ bundleId: summary.bundleId, officer: { keyId, fingerprint }, sequence: 1 });

    const { id, revision } = shown.entry;
    const readOnly = { code: 'NOT_ALLOWED', message: expect.stringContaining('imported entries are read-only') as unknown };
    await expect(hq.call('entry:update', { id, revision, entry: meeting({ title: 'Changed at HQ' }) })).rejects.toMatchObject(readOnly);
    await expect(hq.call('entry:delete', { id, revision })).rejects.toMatchObject(readOnly);
    await expect(hq.call('entry:redact', { id, revision, passage: 'Annex' })).rejects.toMatchObject(readOnly);
    await expect(hq.call('entry:finalize', { id, revision })).rejects.toMatchObject(readOnly);
    await expect(hq.call('entry:get', { id })).rejects.toMatchObject(readOnly);
    await expect(hq.call('draft:save', { key: id, baseRevision: revision, entry: meeting({ title: 'Changed at HQ' }) })).rejects.toMatchObject(readOnly);
    const attachment = join(hq.dir, 'note.txt');
    writeFileSync(attachment, 'a note');
    hq.desktop.nextPicks = [attachment];
    const [token] = (await hq.call('attachment:pick', {})) as { token: string }[];
    await expect(hq.call('attachment:add', { entryId: id, token: token?.token, stripLocation: false })).rejects.toMatchObject(readOnly);
    expect((await hq.call('bundle:imported-entry', { bundleId: summary.bundleId, entryId: id }) as { entry: unknown }).entry).toEqual(shown.entry);
    // A notebook's own missing id is still just missing.
    await expect(hq.call('entry:get', { id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);

  it('an untrusted signer or a foreign identity is refused by verify and import with what failed, and nothing is imported', async () => {
    const office = await officer();
    const bundle = await exportTo(office, 'export.fieldnotes');
    const hq = await app();
    const stranger = join(hq.dir, 'stranger.pub');
    writeFileSync(stranger, formatMinisignPublicKey(generateMinisignKey()));
    const untrusted = await pickAll(hq, bundle, office.identityFile, [stranger]);
    await expect(hq.call('bundle:verify', untrusted)).rejects.toMatchObject({ code: 'UNKNOWN_SIGNER' });
    await expect(importFiles(hq, untrusted)).rejects.toMatchObject({ code: 'UNKNOWN_SIGNER' });

    const otherHq = join(hq.dir, 'other-hq.txt');
    writeFileSync(otherHq, `${generateAgeIdentity().identity}\n`);
    await expect(hq.call('bundle:verify', await pickAll(hq, bundle, otherHq, [office.signerFile]))).rejects.toMatchObject({ code: 'NOT_A_RECIPIENT' });

    const garbled = join(hq.dir, 'not-a-key.txt');
    writeFileSync(garbled, 'hello\n');
    await expect(hq.call('bundle:verify', await pickAll(hq, bundle, garbled, [office.signerFile]))).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    // Two trusted officers: the bundle's own key is chosen by its key id.
    const trusted = await pickAll(hq, bundle, office.identityFile, [stranger, office.signerFile]);
    await expect(hq.call('bundle:verify', trusted)).resolves.toMatchObject({ sequence: 1 });
    expect(await hq.call('bundle:imported-list', {})).toEqual([]);
    expect(await hq.call('bundle:arrivals', {})).toEqual([]);
    await expect(hq.call('bundle:verify', { ...trusted, bundle: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);

  it('tokens are forgotten at lock', async () => {
    const office = await officer();
    const bundle = await exportTo(office, 'export.fieldnotes');
    const files = await pickAll(office, bundle, office.identityFile, [office.signerFile]);
    await office.call('vault:lock', {});
    await office.call('vault:unlock', { passphrase: PASSPHRASE });
    await expect(office.call('bundle:verify', files)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);
});

describe('headquarters work stays behind the lock, and each picked file is what it was picked as', () => {
  it('pick and verify need the notebook unlocked, and a lock stops a verify still reading the bundle', async () => {
    const office = await officer();
    const bundle = await exportTo(office, 'export.fieldnotes');
    const hq = await app();
    const files = await pickAll(hq, bundle, office.identityFile, [office.signerFile]);
    // A bundle arriving through a pipe: the verify waits for bytes that come only when the test sends them.
    const pipe = join(hq.dir, 'arriving.fieldnotes');
    execSync(`mkfifo '${pipe}'`);
    hq.desktop.nextPicks = [pipe];
    const [arriving] = (await hq.call('bundle:pick', { purpose: 'bundle' })) as { token: string }[];
    const verifying = hq.call('bundle:verify', { ...files, bundle: arriving?.token });
    // Resolves once the verify has opened the pipe to read it.
    const writer = await open(pipe, 'w');
    try {
      await writer.write(readFileSync(bundle).subarray(0, 40));
      await hq.call('vault:lock', {});
      await expect(verifying).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    } finally {
      await writer.close();
    }
    await expect(hq.call('bundle:pick', { purpose: 'bundle' })).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    await expect(hq.call('bundle:verify', files)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
  }, 120_000);

  it('an export result not yet read is dropped at lock (it was made from a plan with real names)', async () => {
    const office = await officer();
    office.desktop.nextSaveTarget = join(office.dir, 'unread.fieldnotes');
    const { jobId }: { jobId: string } = await office.call('bundle:export', { to: ['HQ desk'], filter: {} });
    await office.ctx.vault.jobs.outcome(jobId);
    await office.call('vault:lock', {});
    await office.call('vault:unlock', { passphrase: PASSPHRASE });
    await expect(office.call('bundle:export-result', { jobId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  }, 120_000);

  it('a token is good only for what it was picked as, and two different officer keys with one key id are refused by file name', async () => {
    const office = await officer();
    const bundle = await exportTo(office, 'export.fieldnotes');
    const files = await pickAll(office, bundle, office.identityFile, [office.signerFile]);
    const misused = { code: 'INVALID_INPUT', message: expect.stringContaining('That file was chosen as the age identity file, not as the') as unknown };
    await expect(office.call('bundle:verify', { ...files, bundle: files.identity })).rejects.toMatchObject(misused);
    await expect(office.call('bundle:verify', { ...files, signers: [files.identity] })).rejects.toMatchObject(misused);
    await expect(office.call('bundle:import', { ...files, identity: files.bundle })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(office.call('bundle:verify', files)).resolves.toMatchObject({ sequence: 1 });

    const twinFile = join(office.dir, 'twin.pub');
    writeFileSync(twinFile, formatMinisignPublicKey({ ...generateMinisignKey(), keyId: parseMinisignPublicKey(readFileSync(office.signerFile, 'utf8')).keyId }));
    const both = await pickAll(office, bundle, office.identityFile, [office.signerFile, twinFile]);
    await expect(office.call('bundle:verify', both)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/officer\.pub and twin\.pub .*same key id/) as unknown });
  }, 120_000);
});

const NAMED = 'Named Canary Qx7';
const HIDDEN = 'Hidden Canary Zk9';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** An officer's bundle with a meeting naming a consented and a redacted person, and one attached file. */
async function bundleWithAttachment() {
  const office = await officer(0);
  const notebook = office.ctx.vault.requireNotebook();
  const named = notebook.people.create(personInputSchema.parse({ pseudonym: 'Falcon' }), { realName: NAMED, contacts: '' });
  const hidden = notebook.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: HIDDEN, contacts: '' });
  notebook.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent of Falcon', personId: named.id, scopes: ['contact-and-meet', 'named-in-hq-reporting'], givenOn: '2026-01-01' }));
  const met = notebook.entries.create(meeting({ title: 'Met at the annex', participantRefs: [{ personId: named.id }, { personId: hidden.id }] }));
  const content = randomBytes(300_000);
  const file = join(office.dir, 'scan.bin');
  writeFileSync(file, content);
  const attached = await notebook.attachments.add({ entryId: met.id, path: file, stripLocation: false });
  const bundle = await exportTo(office, 'export.fieldnotes');
  return { office, bundle, met, named, hidden, content, attached };
}

const vaultFiles = (hq: App) => {
  const imported = join(hq.dir, 'vault', 'attachments', 'imported');
  return { top: readdirSync(join(hq.dir, 'vault')).sort(), imported: existsSync(imported) ? readdirSync(imported).sort() : [] };
};

describe('headquarters import keeps what the bundle carries', () => {
  it('stores the attachments (opened read-only with the same bytes) and the people, the redacted one without a name; a re-import changes nothing', async () => {
    const { office, bundle, met, named, hidden, content, attached } = await bundleWithAttachment();
    const hq = await app();
    const files = await pickAll(hq, bundle, office.identityFile, [office.signerFile]);
    const first = await importFiles(hq, files);
    expect(first.result).toMatchObject({ imported: true, entries: 2 });
    const bundleId = first.result.bundleId as string;

    type Shown = { attachments: { id: string; name: string; mediaType: string; bytes: number; sha256: string }[]; people: unknown[] };
    const shown: Shown = await hq.call('bundle:imported-entry', { bundleId, entryId: met.id });
    expect(shown.attachments).toEqual([{ id: expect.any(String) as unknown, name: 'scan.bin', mediaType: attached.mediaType, bytes: content.length, sha256: sha256(content) }]);
    // Pseudonyms only: the name the bundle carried comes out on purpose, and is audited.
    expect(shown.people).toEqual([
      { personId: named.id, pseudonym: 'Falcon', named: true },
      { personId: hidden.id, pseudonym: 'Heron', named: false },
    ]);
    expect(JSON.stringify(shown)).not.toContain(NAMED);
    const reveals = async () => ((await hq.call('audit:list', { limit: 200, offset: 0 })) as { records: { action: string; subjectId: string | null; detail: unknown }[] }).records.filter((r) => r.action === 'bundle.imported-name-revealed');
    expect(await reveals()).toEqual([]);
    expect(await hq.call('bundle:imported-name-reveal', { bundleId, personId: named.id })).toEqual({ realName: NAMED });
    expect(await reveals()).toMatchObject([{ subjectId: named.id, detail: { bundleId } }]);
    expect(JSON.stringify(await reveals())).not.toContain(NAMED);
    await expect(hq.call('bundle:imported-name-reveal', { bundleId, personId: hidden.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await reveals()).toHaveLength(1);
    const id = shown.attachments[0]?.id as string;
    // Opened the way the app protocol opens it, by the id the panel was given.
    const { reader } = await openForServing(hq.ctx.vault, id);
    const read = await reader.read(0, reader.bytes);
    await reader.close();
    expect(sha256(read)).toBe(sha256(content));
    // Read-only: the notebook's own attachment channels do not know it.
    await expect(hq.call('attachment:remove', { id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(vaultFiles(hq).imported).toEqual([id]);

    const pages = await decryptedVaultPages(hq.ctx.vault, PASSPHRASE);
    expect(pages.includes(NAMED)).toBe(true);
    expect(pages.includes(HIDDEN)).toBe(false);

    const before = { files: vaultFiles(hq), audit: JSON.stringify(await hq.call('audit:list', { limit: 200, offset: 0 })) };
    expect((await importFiles(hq, files)).result).toMatchObject({ imported: false, entries: 0 });
    expect({ files: vaultFiles(hq), audit: JSON.stringify(await hq.call('audit:list', { limit: 200, offset: 0 })) }).toEqual(before);
    expect(await hq.call('bundle:imported-entry', { bundleId, entryId: met.id })).toMatchObject({ attachments: shown.attachments, people: shown.people });

    // A re-encryption under a new data key carries imported attachments over too.
    await hq.call('vault:change-passphrase', { current: PASSPHRASE, next: `${PASSPHRASE} renewed`, rekey: true });
    const after = await openForServing(hq.ctx.vault, id);
    expect(sha256(await after.reader.read(0, after.reader.bytes))).toBe(sha256(content));
    await after.reader.close();
    expect(vaultFiles(hq).imported).toEqual([id]);
  }, 180_000);

  it('a bundle whose attachment was altered (re-encrypted to HQ) imports nothing and leaves no file behind', async () => {
    const { office, bundle, attached } = await bundleWithAttachment();
    const sh = (command: string) => execSync(command, { cwd: office.dir, encoding: 'utf8', shell: '/bin/bash' });
    mkdirSync(join(office.dir, 'out'));
    sh(`age -d -i hq-identity.txt ${basename(bundle)} | tar -x -C out`);
    const altered = join(office.dir, 'out', 'attachments', attached.id);
    const bytes = readFileSync(altered);
    bytes[1000] = (bytes[1000] as number) ^ 1;
    writeFileSync(altered, bytes);
    sh('cd out && tar -cf - * | age -r $(age-keygen -y ../hq-identity.txt) > ../modified.fieldnotes');

    const hq = await app();
    const before = vaultFiles(hq);
    await expect(importFiles(hq, await pickAll(hq, join(office.dir, 'modified.fieldnotes'), office.identityFile, [office.signerFile]))).rejects.toMatchObject({
      code: 'BUNDLE_TAMPERED',
      message: expect.stringContaining(`hash mismatch on attachments/${attached.id}`) as unknown,
    });
    expect(await hq.call('bundle:imported-list', {})).toEqual([]);
    expect(vaultFiles(hq)).toEqual(before);
  }, 180_000);
});
