import { AppError } from '../../../shared/errors';
import type { Db } from '../db/driver';
import { ageRecipientFingerprint, parseAgeRecipient } from './age/x25519';

/**
 * Headquarters' age recipients. Each has a name the officer chose and a fingerprint to confirm
 * over the phone; only one marked verified (after that call) can be exported to.
 */
export interface BundleRecipient {
  readonly name: string;
  readonly recipient: string;
  readonly fingerprint: string;
  readonly verified: boolean;
}

interface Row {
  name: string;
  recipient: string;
  verified: number;
}

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;
const asRecipient = (row: Row): BundleRecipient => ({ name: row.name, recipient: row.recipient, fingerprint: ageRecipientFingerprint(row.recipient), verified: row.verified === 1 });

export class RecipientStore {
  constructor(
    private readonly db: Db,
    private readonly now: () => Date,
  ) {}

  add(name: string, recipient: string, verified: boolean): BundleRecipient {
    const trimmed = name.trim();
    if (!NAME.test(trimmed)) throw new AppError('INVALID_INPUT', 'A recipient name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.');
    const text = recipient.trim();
    parseAgeRecipient(text);
    const clash = this.db.prepare('SELECT name FROM bundle_recipients WHERE name = ? OR recipient = ?').get(trimmed, text) as { name: string } | undefined;
    if (clash) throw new AppError('CONFLICT', `That name or key is already the recipient "${clash.name}".`);
    this.db.prepare('INSERT INTO bundle_recipients (name, recipient, verified, created_at) VALUES (?, ?, ?, ?)').run(trimmed, text, verified ? 1 : 0, this.now().toISOString());
    return asRecipient({ name: trimmed, recipient: text, verified: verified ? 1 : 0 });
  }

  setVerified(name: string, verified: boolean): BundleRecipient {
    const changed = this.db.prepare('UPDATE bundle_recipients SET verified = ? WHERE name = ?').run(verified ? 1 : 0, name).changes;
    if (changed === 0) throw new AppError('NOT_FOUND', `No recipient is named "${name}".`);
    return this.get(name);
  }

  get(name: string): BundleRecipient {
    const row = this.db.prepare('SELECT name, recipient, verified FROM bundle_recipients WHERE name = ?').get(name) as Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', `No recipient is named "${name}".`);
    return asRecipient(row);
  }

  list(): BundleRecipient[] {
    return (this.db.prepare('SELECT name, recipient, verified FROM bundle_recipients ORDER BY name').all() as Row[]).map(asRecipient);
  }

  /** The recipients an export may use: each must exist and be verified. */
  forExport(names: readonly string[]): BundleRecipient[] {
    if (names.length === 0) throw new AppError('INVALID_INPUT', 'Choose at least one recipient.');
    return [...new Set(names)].map((name) => {
      const recipient = this.get(name);
      if (!recipient.verified) throw new AppError('NOT_ALLOWED', `Recipient "${name}" is not verified: confirm its fingerprint with headquarters first.`);
      return recipient;
    });
  }
}
