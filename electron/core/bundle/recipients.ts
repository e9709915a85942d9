import { AppError } from '../../../shared/errors';
import type { Db } from '../db/driver';
import { RecipientsRepository, type RecipientRow } from '../db/repositories/recipients-repository';
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

const NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;
const asRecipient = (row: RecipientRow): BundleRecipient => ({ ...row, fingerprint: ageRecipientFingerprint(row.recipient) });

export class RecipientStore {
  private readonly rows: RecipientsRepository;

  constructor(
    db: Db,
    private readonly now: () => Date,
  ) {
    this.rows = new RecipientsRepository(db);
  }

  add(name: string, recipient: string, verified: boolean): BundleRecipient {
    const trimmed = name.trim();
    if (!NAME.test(trimmed)) throw new AppError('INVALID_INPUT', 'A recipient name is 1 to 64 letters, digits, spaces, dots, dashes or underscores.');
    const text = recipient.trim();
    parseAgeRecipient(text);
    const clash = this.rows.clashWith(trimmed, text);
    if (clash !== undefined) throw new AppError('CONFLICT', `That name or key is already the recipient "${clash}".`);
    const row = { name: trimmed, recipient: text, verified };
    this.rows.insert(row, this.now().toISOString());
    return asRecipient(row);
  }

  setVerified(name: string, verified: boolean): BundleRecipient {
    if (!this.rows.setVerified(name, verified)) throw new AppError('NOT_FOUND', `No recipient is named "${name}".`);
    return this.get(name);
  }

  get(name: string): BundleRecipient {
    const row = this.rows.get(name);
    if (!row) throw new AppError('NOT_FOUND', `No recipient is named "${name}".`);
    return asRecipient(row);
  }

  list(): BundleRecipient[] {
    return this.rows.list().map(asRecipient);
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
