import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { headerAad, headerSchema, type VaultHeader } from '../../electron/core/vault/header';
import { decodeSlot, SLOT_BYTES } from '../../electron/core/vault/header-slots';
import { deriveKey } from '../../electron/core/vault/kdf';
import { unwrapKey } from '../../electron/core/vault/key-wrap';
import { VaultSession } from '../../electron/core/vault/session';
import { meeting, PASSPHRASE } from '../support/temp-vault';
import { LoopImage, loopMountUnavailable } from './loop-device';

// The reproduction, on a real ext4 device: create, write 20 notes, change the
// passphrase, write one more, quick purge, unmount, then read the raw device as whoever holds
// the laptop's disk would, looking for any header whose wrapped key a known passphrase opens.

const NEXT = `${PASSPHRASE} — changed after the border incident`;
const unavailable = loopMountUnavailable();
if (unavailable && process.env.CI && !unavailable.includes('npm run test:disk')) {
  throw new Error(`tests/disk cannot run on CI: ${unavailable}`);
}
if (unavailable) process.stdout.write(`tests/disk/header-residue.test.ts skipped: ${unavailable}\n`);

const SLOT_MAGIC = Buffer.from([0x46, 0x4e, 0x56, 0x48, 0x44, 0x52, 0x00, 0x01]);
/** The first format's header (vault.json), pretty-printed or not. */
const JSON_HEADER = /\{\s*"format":\s*"fieldnotes-vault"/g;

/** The object starting at `start` in latin1 text, if its braces balance (header JSON has no braces in strings). */
function balancedObject(text: string, start: number): string | null {
  let depth = 0;
  for (let i = start; i < text.length && i < start + SLOT_BYTES; i += 1) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && (depth -= 1) === 0) return text.slice(start, i + 1);
  }
  return null;
}

/** Every header left anywhere on the device: in slots (valid checksum) and as first-format JSON. */
function headersOnDevice(raw: Buffer): VaultHeader[] {
  const found = new Map<string, VaultHeader>();
  const keep = (json: string) => {
    try {
      const header = headerSchema.parse(JSON.parse(json));
      found.set(header.wrappedKey.ciphertext + header.kdf.salt, header);
    } catch {
      // Not a whole header: a fragment, or bytes that only look like one.
    }
  };
  for (let at = raw.indexOf(SLOT_MAGIC); at !== -1; at = raw.indexOf(SLOT_MAGIC, at + 1)) {
    const slot = decodeSlot(raw.subarray(at, at + SLOT_BYTES));
    if (slot.state === 'valid') keep(slot.body.toString('utf8'));
  }
  const text = raw.toString('latin1');
  for (const match of text.matchAll(JSON_HEADER)) {
    const object = balancedObject(text, match.index);
    if (object) keep(Buffer.from(object, 'latin1').toString('utf8'));
  }
  return [...found.values()];
}

/** How many of the headers on the device give up a data key to this passphrase. */
async function unwrappable(headers: VaultHeader[], passphrase: string): Promise<number> {
  let count = 0;
  for (const header of headers) {
    const kek = await deriveKey(passphrase, header.kdf);
    const key = unwrapKey(header.wrappedKey, kek, headerAad(header));
    kek.fill(0);
    if (key) count += 1;
    key?.fill(0);
  }
  return count;
}

describe.skipIf(unavailable !== null)('what the raw device keeps', () => {
  let disk: LoopImage | null = null;
  const sessions: VaultSession[] = [];
  const vaultOn = (device: LoopImage, traces: string[] = []) => {
    const created = new VaultSession({ dir: join(device.mountPoint, 'vault'), kdfTargetMs: 0, traces });
    sessions.push(created);
    return created;
  };
  afterEach(() => {
    for (const open of sessions.splice(0)) open.lock();
    disk?.destroy();
    disk = null;
  });

  it('after a passphrase change, no header the old passphrase opens; after a purge, none at all', async () => {
    disk = new LoopImage(64);
    disk.mount();
    const preferences = join(disk.mountPoint, 'preferences.json');
    writeFileSync(preferences, '{"language":"ar"}');
    const session = vaultOn(disk, [preferences]);
    await session.create(PASSPHRASE);
    const notebook = session.requireNotebook();
    for (let i = 0; i < 20; i += 1) notebook.entries.create(meeting({ title: `Hearing note ${i}` }));
    await session.changePassphrase(PASSPHRASE, NEXT);
    session.requireNotebook().entries.create(meeting({ title: 'After the change' }));
    session.lock();
    disk.unmount();

    const afterChange = headersOnDevice(disk.raw());
    expect(await unwrappable(afterChange, NEXT)).toBeGreaterThan(0);
    expect(await unwrappable(afterChange, PASSPHRASE)).toBe(0);

    disk.mount();
    await session.purge();
    expect(existsSync(preferences)).toBe(false);
    disk.unmount();
    const afterPurge = headersOnDevice(disk.raw());
    expect(await unwrappable(afterPurge, NEXT)).toBe(0);
    expect(await unwrappable(afterPurge, PASSPHRASE)).toBe(0);
  });

  it('a re-encryption that meets a full disk says so and leaves the vault as it was', async () => {
    disk = new LoopImage(16);
    disk.mount();
    const session = vaultOn(disk);
    await session.create(PASSPHRASE);
    const notebook = session.requireNotebook();
    for (let i = 0; i < 40; i += 1) notebook.entries.create(meeting({ title: `Note ${i}`, body: 'x'.repeat(20_000) }));
    // Closing checkpoints the WAL into the database and removes it: the space it held is not
    // there to be freed later. Then fill what is left, so the re-encrypted copy cannot fit.
    session.lock();
    await session.unlock(PASSPHRASE);
    const filler = join(disk.mountPoint, 'filler');
    try {
      writeFileSync(filler, Buffer.alloc(64 * 1024 * 1024));
    } catch {
      // ENOSPC: the disk is now full, which is the point.
    }
    const error = await session.changePassphrase(PASSPHRASE, NEXT, { rekey: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('STORAGE_FULL');
    expect(session.status().state).toBe('unlocked');
    expect(session.requireNotebook().entries.list({ limit: 100, offset: 0 }).total).toBe(40);
    session.lock();
    expect((await session.unlock(PASSPHRASE)).state).toBe('unlocked');
    session.lock();
  });
});
