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
export const HEADER_VERSION = 1;

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
});
export type VaultHeader = z.infer<typeof headerSchema>;

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
