import { hkdfSync } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/**
 * Keys for what lives beside the database (attachments) or leaves the vault signed (the
 * officer's signing key), derived from the data key at unlock so nothing new is stored: one
 * HKDF label per purpose, so a flaw in one use never exposes another's key. A change of label
 * (v2) is a change of every key derived under it.
 */
export const SUBKEY_LABELS = {
  attachments: 'fieldnotes/v1/attachments',
  signing: 'fieldnotes/v1/signing',
} as const;

export type SubkeyName = keyof typeof SUBKEY_LABELS;

export const SUBKEY_BYTES = 32;

/**
 * HKDF-SHA256 (RFC 5869) into a Buffer that shares the derived bytes' memory, so filling the
 * Buffer wipes the only copy.
 */
export function hkdfSha256(ikm: Buffer, salt: Buffer | string, info: Buffer | string, length: number): Buffer {
  return Buffer.from(hkdfSync('sha256', ikm, salt, info, length));
}

/** The subkeys of one unlocked vault; wiped when its notebook closes (lock, purge, re-encryption). */
export class Subkeys {
  private wiped = false;

  constructor(private readonly keys: Readonly<Record<SubkeyName, Buffer>>) {}

  /** The live key, not a copy: use it for the operation at hand, never keep it past a lock. */
  get(name: SubkeyName): Buffer {
    if (this.wiped) throw new AppError('VAULT_LOCKED', 'The notebook is locked.');
    return this.keys[name];
  }

  wipe(): void {
    this.wiped = true;
    for (const key of Object.values(this.keys)) key.fill(0);
  }
}

/**
 * Salted with the vault id, so two vaults never share a subkey even if they were ever given
 * the same data key (a copied vault re-created, a broken random source).
 */
export function deriveSubkeys(dataKey: Buffer, vaultId: string): Subkeys {
  const derive = (name: SubkeyName) => hkdfSha256(dataKey, vaultId, SUBKEY_LABELS[name], SUBKEY_BYTES);
  return new Subkeys({ attachments: derive('attachments'), signing: derive('signing') });
}
