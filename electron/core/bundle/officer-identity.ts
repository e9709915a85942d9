import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/driver';
import { generateMinisignKey, keyIdHex, minisignFingerprint, minisignKeyFromSecret, formatMinisignPublicKey, type MinisignPublicKey, type MinisignSecretKey } from './minisign/minisign';

/**
 * The officer's Ed25519 signing identity, one per vault. Its 32-byte seed is stored only
 * AES-256-GCM-wrapped under the vault's signing subkey, with the vault id as associated data
 * (a wrapped seed copied into another vault does not open); it is unwrapped for one signature
 * and wiped straight after, so nothing of it outlives a lock but the subkey, which the lock wipes.
 */
const AAD_PREFIX = 'fieldnotes/v1/officer-signing-key/';
const NONCE = 12;
const TAG = 16;

export interface OfficerPublicIdentity {
  readonly keyId: string;
  readonly fingerprint: string;
  /** minisign's public key file, two lines. */
  readonly publicKeyFile: string;
}

interface Row {
  key_id: Buffer;
  public_key: Buffer;
  wrapped_secret: Buffer;
  last_sequence: number;
}

function wrap(secret: Buffer, key: Buffer, vaultId: string): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce).setAAD(Buffer.from(AAD_PREFIX + vaultId));
  return Buffer.concat([nonce, cipher.update(secret), cipher.final(), cipher.getAuthTag()]);
}

function unwrap(wrapped: Buffer, key: Buffer, vaultId: string): Buffer {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, wrapped.subarray(0, NONCE)).setAAD(Buffer.from(AAD_PREFIX + vaultId));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - TAG));
    return Buffer.concat([decipher.update(wrapped.subarray(NONCE, wrapped.length - TAG)), decipher.final()]);
  } catch (cause) {
    throw new AppError('VAULT_CORRUPT', 'The officer signing key does not open under this vault\'s key: restore the vault from a backup.', { cause });
  }
}

export function publicIdentity(key: MinisignPublicKey): OfficerPublicIdentity {
  return { keyId: keyIdHex(key.keyId), fingerprint: minisignFingerprint(key), publicKeyFile: formatMinisignPublicKey(key) };
}

export class OfficerIdentityStore {
  constructor(
    private readonly db: Db,
    private readonly vaultId: string,
    private readonly signingKey: () => Buffer,
    private readonly now: () => Date,
  ) {}

  private row(): Row | undefined {
    return this.db.prepare('SELECT key_id, public_key, wrapped_secret, last_sequence FROM officer_identity WHERE id = 1').get() as Row | undefined;
  }

  /** Made with the vault, or at the first unlock of a vault made before bundles existed. */
  ensure(): void {
    if (this.row()) return;
    const key = generateMinisignKey();
    try {
      this.db
        .prepare('INSERT INTO officer_identity (id, key_id, public_key, wrapped_secret, created_at) VALUES (1, ?, ?, ?, ?)')
        .run(key.keyId, key.publicKey, wrap(key.secretKey, this.signingKey(), this.vaultId), this.now().toISOString());
    } finally {
      key.secretKey.fill(0);
    }
  }

  publicKey(): MinisignPublicKey {
    const row = this.row();
    if (!row) throw new AppError('NOT_FOUND', 'This vault has no officer signing key yet: unlock it once more.');
    return { keyId: row.key_id, publicKey: row.public_key };
  }

  public(): OfficerPublicIdentity {
    return publicIdentity(this.publicKey());
  }

  /** The next bundle's sequence number, reserved; an export that writes no file gives it back (releaseSequence). */
  reserveSequence(): number {
    return this.db.transaction(() => {
      this.db.prepare('UPDATE officer_identity SET last_sequence = last_sequence + 1 WHERE id = 1').run();
      return (this.row() as Row).last_sequence;
    })();
  }

  /**
   * Gives back a number whose export was cancelled or failed, so headquarters sees no false
   * gap; only while no later export took the next one (then the gap is real and stays).
   */
  releaseSequence(sequence: number): void {
    this.db.prepare('UPDATE officer_identity SET last_sequence = last_sequence - 1 WHERE id = 1 AND last_sequence = ?').run(sequence);
  }

  /** Runs `use` with the unwrapped key, wiped once it has settled, whatever happens. */
  async withSecret<T>(use: (key: MinisignSecretKey) => Promise<T>): Promise<T> {
    const row = this.row();
    if (!row) throw new AppError('NOT_FOUND', 'This vault has no officer signing key yet: unlock it once more.');
    const secret = unwrap(row.wrapped_secret, this.signingKey(), this.vaultId);
    try {
      const key = minisignKeyFromSecret(secret, row.key_id);
      if (!key.publicKey.equals(row.public_key)) throw new AppError('VAULT_CORRUPT', 'The officer signing key does not match its public key: restore the vault from a backup.');
      return await use(key);
    } finally {
      secret.fill(0);
    }
  }
}

/**
 * A re-encryption gives the vault a new data key, so a new signing subkey: the seed is
 * re-wrapped inside the re-encrypted copy before that copy can take the notebook's place
 * (session.ts reencrypt), so whichever file a crash leaves, its wrapped seed opens under its key.
 */
export function rewrapOfficerSecret(db: Db, vaultId: string, previousSigningKey: Buffer, nextSigningKey: Buffer): void {
  const row = db.prepare('SELECT wrapped_secret FROM officer_identity WHERE id = 1').get() as Pick<Row, 'wrapped_secret'> | undefined;
  if (!row) return;
  const secret = unwrap(row.wrapped_secret, previousSigningKey, vaultId);
  try {
    db.prepare('UPDATE officer_identity SET wrapped_secret = ? WHERE id = 1').run(wrap(secret, nextSigningKey, vaultId));
  } finally {
    secret.fill(0);
  }
}
