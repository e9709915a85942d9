import type { Db } from '../driver';

/** The vault's one officer signing identity (officer_identity, row id 1); the seed only ever wrapped. */
export interface OfficerIdentityRow {
  readonly keyId: Buffer;
  readonly publicKey: Buffer;
  readonly wrappedSecret: Buffer;
  readonly lastSequence: number;
}

interface SqlRow {
  key_id: Buffer;
  public_key: Buffer;
  wrapped_secret: Buffer;
  last_sequence: number;
}

export class OfficerIdentityRepository {
  private readonly select;
  private readonly insertRow;
  private readonly bump;
  private readonly giveBack;
  private readonly rewrap;

  constructor(private readonly db: Db) {
    this.select = db.prepare<[], SqlRow>('SELECT key_id, public_key, wrapped_secret, last_sequence FROM officer_identity WHERE id = 1');
    this.insertRow = db.prepare('INSERT INTO officer_identity (id, key_id, public_key, wrapped_secret, created_at) VALUES (1, ?, ?, ?, ?)');
    this.bump = db.prepare('UPDATE officer_identity SET last_sequence = last_sequence + 1 WHERE id = 1');
    this.giveBack = db.prepare('UPDATE officer_identity SET last_sequence = last_sequence - 1 WHERE id = 1 AND last_sequence = ?');
    this.rewrap = db.prepare('UPDATE officer_identity SET wrapped_secret = ? WHERE id = 1');
  }

  get(): OfficerIdentityRow | undefined {
    const row = this.select.get();
    return row && { keyId: row.key_id, publicKey: row.public_key, wrappedSecret: row.wrapped_secret, lastSequence: row.last_sequence };
  }

  insert(identity: { keyId: Buffer; publicKey: Buffer; wrappedSecret: Buffer; createdAt: string }): void {
    this.insertRow.run(identity.keyId, identity.publicKey, identity.wrappedSecret, identity.createdAt);
  }

  /** The next sequence number, counted and read in one transaction so two exports never share one; undefined without an identity. */
  nextSequence(): number | undefined {
    return this.db.transaction(() => {
      this.bump.run();
      return this.select.get()?.last_sequence;
    })();
  }

  /** Takes the count back by one only while it still stands at `sequence` (a later export keeps its number). */
  releaseSequence(sequence: number): void {
    this.giveBack.run(sequence);
  }

  setWrappedSecret(wrappedSecret: Buffer): void {
    this.rewrap.run(wrappedSecret);
  }
}
