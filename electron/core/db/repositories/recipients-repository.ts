import type { Db } from '../driver';

/** Headquarters' age recipients as stored (bundle_recipients): the rules live in bundle/recipients.ts. */
export interface RecipientRow {
  readonly name: string;
  readonly recipient: string;
  readonly verified: boolean;
}

interface SqlRow {
  name: string;
  recipient: string;
  verified: number;
}

const asRow = (row: SqlRow): RecipientRow => ({ name: row.name, recipient: row.recipient, verified: row.verified === 1 });

export class RecipientsRepository {
  private readonly clashing;
  private readonly insertRow;
  private readonly markVerified;
  private readonly byName;
  private readonly all;

  constructor(db: Db) {
    this.clashing = db.prepare<[string, string], { name: string }>('SELECT name FROM bundle_recipients WHERE name = ? OR recipient = ?');
    this.insertRow = db.prepare('INSERT INTO bundle_recipients (name, recipient, verified, created_at) VALUES (?, ?, ?, ?)');
    this.markVerified = db.prepare('UPDATE bundle_recipients SET verified = ? WHERE name = ?');
    this.byName = db.prepare<[string], SqlRow>('SELECT name, recipient, verified FROM bundle_recipients WHERE name = ?');
    this.all = db.prepare<[], SqlRow>('SELECT name, recipient, verified FROM bundle_recipients ORDER BY name');
  }

  /** The name of a recipient already called `name` or holding `recipient`, if any. */
  clashWith(name: string, recipient: string): string | undefined {
    return this.clashing.get(name, recipient)?.name;
  }

  insert(row: RecipientRow, createdAt: string): void {
    this.insertRow.run(row.name, row.recipient, row.verified ? 1 : 0, createdAt);
  }

  /** False when no recipient has that name. */
  setVerified(name: string, verified: boolean): boolean {
    return this.markVerified.run(verified ? 1 : 0, name).changes > 0;
  }

  get(name: string): RecipientRow | undefined {
    const row = this.byName.get(name);
    return row && asRow(row);
  }

  list(): RecipientRow[] {
    return this.all.all().map(asRow);
  }
}
