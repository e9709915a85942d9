import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Db } from '../db/driver';
import { OfficerIdentityRepository, type OfficerIdentityRow } from '../db/repositories/officer-identity-repository';
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

const NO_IDENTITY = 'This vault has no officer signing key yet: unlock it once more.';

export class OfficerIdentityStore {
  private readonly rows: OfficerIdentityRepository;

  constructor(
    db: Db,
    private readonly vaultId: string,
    private readonly signingKey: () => Buffer,
    private readonly now: () => Date,
  ) {
    this.rows = new OfficerIdentityRepository(db);
  }

  private row(): OfficerIdentityRow {
    const row = this.rows.get();
    if (!row) throw new AppError('NOT_FOUND', NO_IDENTITY);
    return row;
  }

  /** Made with the vault, or at the first unlock of a vault made before bundles existed. */
  ensure(): void {
    if (this.rows.get()) return;
    const key = generateMinisignKey();
    try {
      this.rows.insert({ keyId: key.keyId, publicKey: key.publicKey, wrappedSecret: wrap(key.secretKey, this.signingKey(), this.vaultId), createdAt: this.now().toISOString() });
    } finally {
      key.secretKey.fill(0);
    }
  }

  publicKey(): MinisignPublicKey {
    const row = this.row();
    return { keyId: row.keyId, publicKey: row.publicKey };
  }

  public(): OfficerPublicIdentity {
    return publicIdentity(this.publicKey());
  }

  /** The next bundle's sequence number, reserved; an export that writes no file gives it back (releaseSequence). */
  reserveSequence(): number {
    const sequence = this.rows.nextSequence();
    if (sequence === undefined) throw new AppError('NOT_FOUND', NO_IDENTITY);
    return sequence;
  }

  /**
   * Gives back a number whose export was cancelled or failed, so headquarters sees no false
   * gap; only while no later export took the next one (then the gap is real and stays).
   */
  releaseSequence(sequence: number): void {
    this.rows.releaseSequence(sequence);
  }

  /** Runs `use` with the unwrapped key, wiped once it has settled, whatever happens. */
  async withSecret<T>(use: (key: MinisignSecretKey) => Promise<T>): Promise<T> {
    const row = this.row();
    const secret = unwrap(row.wrappedSecret, this.signingKey(), this.vaultId);
    try {
      const key = minisignKeyFromSecret(secret, row.keyId);
      if (!key.publicKey.equals(row.publicKey)) throw new AppError('VAULT_CORRUPT', 'The officer signing key does not match its public key: restore the vault from a backup.');
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
  const rows = new OfficerIdentityRepository(db);
  const row = rows.get();
  if (!row) return;
  const secret = unwrap(row.wrappedSecret, previousSigningKey, vaultId);
  try {
    rows.setWrappedSecret(wrap(secret, nextSigningKey, vaultId));
  } finally {
    secret.fill(0);
  }
}
