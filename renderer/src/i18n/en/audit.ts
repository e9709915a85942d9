import type { AuditAction } from '../../../../shared/domain/audit-vocabulary';
import type { Message } from '../types';

/** Every action but the counted one has a label; a new action without one fails to compile here. */
type ActionLabels = Record<`audit.action.${Exclude<AuditAction, 'vault.unlock-failed'>}`, string>;

/** Settings → Activity: the vault's audit log, one translated line per record. */
export const audit = {
  'audit.heading': 'Activity',
  'audit.intro':
    'What was done in this notebook, and when: unlocks and locks, entries created or changed, consents, exports. It never records a name or the text of a note. Each record is sealed to the one before it, so a record removed or changed outside Fieldnotes can be detected.',
  'audit.empty': 'Nothing recorded yet.',
  'audit.range': 'Records {from}–{to} of {total}',
  'audit.newer': 'Newer',
  'audit.older': 'Older',
  'audit.unknown': 'Unrecognised action: {action}',
  'audit.action.vault.unlock-failed': {
    one: '{count} wrong passphrase before this unlock',
    other: '{count} wrong passphrases before this unlock',
  },
  'audit.lastAttempt': '{attempts} (the last at {date})',
  ...({
    'audit.action.vault.created': 'Notebook created',
    'audit.action.vault.unlocked': 'Notebook unlocked',
    'audit.action.vault.locked': 'Notebook locked',
    'audit.action.vault.passphrase-changed': 'Passphrase changed',
    'audit.action.entry.created': 'Entry created',
    'audit.action.entry.revised': 'Entry revised',
    'audit.action.entry.finalized': 'Entry made final',
    'audit.action.entry.redacted': 'Passage redacted from an entry',
    'audit.action.entry.deleted': 'Entry deleted',
    'audit.action.person.created': 'Person added',
    'audit.action.person.revised': 'Person’s record revised',
    'audit.action.person.name-revealed': 'Real name shown',
    'audit.action.consent.given': 'Consent recorded',
    'audit.action.consent.withdrawn': 'Consent withdrawn',
    'audit.action.consent.gate-overridden': 'Acted without a covering consent, with a reason',
    'audit.action.attachment.added': 'Attachment added',
    'audit.action.attachment.removed': 'Attachment removed',
    'audit.action.attachment.copy-saved': 'Copy of an attachment saved',
    'audit.action.export.written': 'Export written',
    'audit.action.identity.public-key-saved': 'Public signing key saved to a file',
    'audit.action.bundle.imported': 'Bundle imported',
    'audit.action.bundle.imported-name-revealed': 'Real name from an imported bundle shown',
  } as const satisfies ActionLabels),
} as const satisfies Record<string, Message>;
