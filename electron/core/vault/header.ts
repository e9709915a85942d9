import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { fsyncDirectory } from '../fs/atomic-file';
import { newestSlot, overwriteInPlace, readSlots, writeSlots } from './header-slots';
import { kdfParamsSchema } from './kdf';
import { keyCheckSchema, wrappedKeySchema } from './key-wrap';
import type { VaultLayout } from './layout';

export const HEADER_FORMAT = 'fieldnotes-vault';
/** 2: the header names the database's page size (`cipherPageSize`); a build that knows only 1 says the vault is too new. */
export const HEADER_VERSION = 2;

/** SQLCipher 4's default page size: the database's page size when the header names none (vaults made before version 2). */
export const DEFAULT_CIPHER_PAGE_SIZE = 4096;
/**
 * New vaults use 16 KiB pages. A note of about 2 KB left too little of a 4 KiB page for a
 * second one, so most pages held one note, and SQLCipher's 80 bytes of IV and HMAC per page
 * weigh four times less. Measured at 20,000 bench notes: the entries table went from 1.69 to
 * 1.11 times the text it holds, and batched inserts got faster (fewer pages to encrypt). 64 KiB
 * pages made the file larger again and searches slower: every read decrypts a whole page.
 */
export const NEW_VAULT_CIPHER_PAGE_SIZE = 16_384;
const CIPHER_PAGE_SIZES = [4096, 8192, 16_384, 32_768, 65_536] as const;

export const headerSchema = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.number().int().positive(),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  kdf: kdfParamsSchema,
  wrappedKey: wrappedKeySchema,
  /**
   * Tells a wrong passphrase from an altered header (see key-wrap.ts). Absent only in headers
   * written before it existed; added at their next unlock.
   */
  keyCheck: keyCheckSchema.optional(),
  /**
   * Present only while a re-encryption is being switched over: the data key the database had
   * before, wrapped under the same (new) passphrase, so a crash at any moment leaves a vault
   * that opens. Removed as soon as the re-encrypted database is in place.
   */
  previousKey: wrappedKeySchema.optional(),
  /**
   * The SQLCipher page size of `notebook.db` (`cipher_page_size`), needed before the first page
   * can be read. Absent in headers written before version 2: those databases use 4096.
   * Not authenticated: a changed value only makes SQLCipher refuse the file (every page's HMAC
   * fails), which altering any byte of it does too.
   */
  cipherPageSize: z.literal(CIPHER_PAGE_SIZES).optional(),
});
export type VaultHeader = z.infer<typeof headerSchema>;

/** The page size to open this vault's database with. */
export function cipherPageSize(header: Pick<VaultHeader, 'cipherPageSize'>): number {
  return header.cipherPageSize ?? DEFAULT_CIPHER_PAGE_SIZE;
}

/** A header as read from disk, with what the next write needs to know. */
export interface StoredHeader {
  header: VaultHeader;
  sequence: bigint;
  /** Read from a `vault.json` of the first format; rewritten as `vault.header` at the next unlock. */
  legacy: boolean;
}

/**
 * The authenticated part of the header: everything except the wrapped keys and the key check.
 * Every field is named in a fixed order here: these bytes must never change, or no existing
 * vault could be unwrapped (tests/integration/core/fixture-vault.test.ts opens a vault made by
 * an early build).
 */
export function headerAad(header: Pick<VaultHeader, 'format' | 'version' | 'vaultId' | 'createdAt' | 'kdf'>): Buffer {
  const { format, version, vaultId, createdAt, kdf } = header;
  const { name, version: kdfVersion, memoryKiB, passes, parallelism, salt } = kdf;
  const fixed = { format, version, vaultId, createdAt, kdf: { name, version: kdfVersion, memoryKiB, passes, parallelism, salt } };
  return Buffer.from(JSON.stringify(fixed), 'utf8');
}

const tooNew = () => new AppError('VAULT_TOO_NEW', 'This vault was made by a newer Fieldnotes. Update Fieldnotes to open it.');

/** Names what is wrong in words a person can act on; `unrecognized_keys` has an empty path. */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'unknown problem';
  if (issue.code === 'unrecognized_keys') return `unknown field ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
  return `field '${issue.path.join('.') || '(top level)'}'`;
}

function parseHeader(text: string): VaultHeader {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('VAULT_CORRUPT', 'The vault header is not valid JSON: the file is damaged.', { cause: error });
  }
  const version = (json as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > HEADER_VERSION) throw tooNew();
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('VAULT_CORRUPT', `The vault header is damaged or was altered (${describeIssue(parsed.error.issues[0])}).`);
  }
  return parsed.data;
}

function readSlotFile(file: string): StoredHeader {
  const newest = newestSlot(readSlots(file));
  if (newest === null) {
    throw new AppError('VAULT_CORRUPT', 'The vault header is damaged or was altered: neither of its two copies passes its checksum.');
  }
  return { header: parseHeader(newest.body.toString('utf8')), sequence: newest.sequence, legacy: false };
}

function missing(): AppError {
  return new AppError('VAULT_NOT_FOUND', 'No vault exists here yet.');
}

/** Reads the vault's header: `vault.header`, or a first-format `vault.json` when that is all there is. */
export function readStoredHeader(layout: Pick<VaultLayout, 'header' | 'legacyHeader'>): StoredHeader {
  try {
    if (existsSync(layout.header)) return readSlotFile(layout.header);
    if (existsSync(layout.legacyHeader)) {
      return { header: parseHeader(readFileSync(layout.legacyHeader, 'utf8')), sequence: 0n, legacy: true };
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') {
      throw new AppError('VAULT_CORRUPT', 'The vault header is a folder, not a file: the vault is damaged.', { cause: error });
    }
    throw error;
  }
  throw missing();
}

/** The header alone, for readers that do not write it back. Accepts a layout or a `vault.header` path. */
export function readHeader(where: Pick<VaultLayout, 'header' | 'legacyHeader'> | string): VaultHeader {
  if (typeof where === 'string') {
    if (!existsSync(where)) throw missing();
    return readSlotFile(where).header;
  }
  return readStoredHeader(where).header;
}

/**
 * Writes the header over the previous one, in place (see header-slots.ts), with the next
 * sequence number. A first-format `vault.json` is overwritten with random bytes and removed
 * once the new file is durable, so the old wrapped key does not outlive the conversion.
 */
export function writeHeader(layout: Pick<VaultLayout, 'header' | 'legacyHeader'>, header: VaultHeader, previous: StoredHeader | null): bigint {
  const sequence = (previous?.sequence ?? 0n) + 1n;
  const body = Buffer.from(JSON.stringify(headerSchema.parse(header)), 'utf8');
  const create = !existsSync(layout.header);
  writeSlots(layout.header, sequence, body, { create });
  if (create) fsyncDirectory(dirname(layout.header));
  if (existsSync(layout.legacyHeader)) {
    overwriteInPlace(layout.legacyHeader);
    rmSync(layout.legacyHeader, { force: true });
    fsyncDirectory(dirname(layout.legacyHeader));
  }
  return sequence;
}
