import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { writeFileAtomic } from '../fs/atomic-file';
import { kdfParamsSchema } from './kdf';
import { wrappedKeySchema } from './key-wrap';

export const HEADER_FORMAT = 'fieldnotes-vault';
export const HEADER_VERSION = 1;

export const headerSchema = z.strictObject({
  format: z.literal(HEADER_FORMAT),
  version: z.number().int().positive(),
  vaultId: z.uuid(),
  createdAt: z.iso.datetime(),
  kdf: kdfParamsSchema,
  wrappedKey: wrappedKeySchema,
});
export type VaultHeader = z.infer<typeof headerSchema>;

/**
 * The authenticated part of the header: everything except the wrapped key itself. Every field
 * is named in a fixed order here: these bytes must never change, or no existing vault could be
 * unwrapped (tests/integration/core/fixture-vault.test.ts opens a vault made by an early build).
 */
export function headerAad(header: Omit<VaultHeader, 'wrappedKey'>): Buffer {
  const { format, version, vaultId, createdAt, kdf } = header;
  const { name, version: kdfVersion, memoryKiB, passes, parallelism, salt } = kdf;
  const fixed = { format, version, vaultId, createdAt, kdf: { name, version: kdfVersion, memoryKiB, passes, parallelism, salt } };
  return Buffer.from(JSON.stringify(fixed), 'utf8');
}

export function readHeader(file: string): VaultHeader {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new AppError('VAULT_NOT_FOUND', 'No vault exists here yet.', { cause: error });
    }
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new AppError('VAULT_CORRUPT', 'The vault header is not valid JSON: the file is damaged.', { cause: error });
  }
  const parsed = headerSchema.safeParse(json);
  if (!parsed.success) {
    const version = (json as { version?: unknown } | null)?.version;
    if (typeof version === 'number' && version > HEADER_VERSION) {
      throw new AppError('VAULT_TOO_NEW', 'This vault was made by a newer Fieldnotes. Update Fieldnotes to open it.');
    }
    throw new AppError('VAULT_CORRUPT', `The vault header is damaged or was altered (${parsed.error.issues[0]?.path.join('.') ?? 'unknown field'}).`);
  }
  if (parsed.data.version > HEADER_VERSION) {
    throw new AppError('VAULT_TOO_NEW', 'This vault was made by a newer Fieldnotes. Update Fieldnotes to open it.');
  }
  return parsed.data;
}

export function writeHeader(file: string, header: VaultHeader): void {
  writeFileAtomic(file, `${JSON.stringify(header, null, 2)}\n`, 'the vault header');
}
