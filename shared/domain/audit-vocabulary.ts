/**
 * What the audit log records, with no dependency (the CLI's help lists them without zod).
 * An action names what happened to which kind of thing; its record carries ids, never names
 * or text: the log is read at headquarters and by anyone auditing the officer's conduct.
 */
export const AUDIT_ACTIONS = [
  'vault.created',
  'vault.unlocked',
  'vault.locked',
  'vault.unlock-failed',
  'vault.passphrase-changed',
  'entry.created',
  'entry.revised',
  'entry.finalized',
  'entry.redacted',
  'entry.deleted',
  'person.created',
  'person.revised',
  'person.name-revealed',
  'consent.given',
  'consent.withdrawn',
  'consent.gate-overridden',
  'attachment.added',
  'attachment.removed',
  'attachment.copy-saved',
  'export.written',
  'identity.public-key-saved',
  'bundle.imported',
  'bundle.imported-name-revealed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Small facts that say what an action touched: ids, counts, kinds, scopes, hashes. Never a name. */
export type AuditDetail = Readonly<Record<string, string | number | boolean | null>>;

export interface AuditRecordInput {
  action: AuditAction;
  /** The id of the entry, person, attachment or bundle the action was on, if any. */
  subjectId?: string;
  detail?: AuditDetail;
}
