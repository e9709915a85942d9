import type { AuditRecordInput } from '../../../shared/domain/audit-vocabulary';
import type { EntryOf } from '../../../shared/domain/entries';
import { AppError } from '../../../shared/errors';
import type { KindModule } from './kind-module';

type Consent = EntryOf<'consent'>;

function sameWithdrawal(a: Consent['withdrawal'], b: Consent['withdrawal']): boolean {
  return a === null ? b === null : b !== null && a.at === b.at && a.how === b.how;
}

/**
 * A consent record is evidence of what a defender agreed to: never deleted, and once
 * withdrawn, withdrawn for good. Its facts are only what cannot change with the date
 * (given or withdrawn); expiry and review are worked out when read, with the notebook's clock
 * (services/consent-gate.ts), since a stored 'active' would silently go stale overnight.
 */
export const consentKind: KindModule<'consent'> = {
  kind: 'consent',
  detailsTable: 'consent_details',
  searchFields: () => [],
  facts: (consent) => [{ field: 'consentState', value: consent.withdrawal ? 'withdrawn' : 'given' }],
  facets: (consent) => [
    { facet: 'person', value: consent.personId },
    // A withdrawn consent is never reviewed nor does it expire: nothing is due.
    ...(consent.withdrawal === null && consent.reviewOn ? [{ facet: 'due:consent-review', value: consent.reviewOn }] : []),
    ...(consent.withdrawal === null && consent.expiresOn ? [{ facet: 'due:consent-expiry', value: consent.expiresOn }] : []),
  ],
  fixedKeys: ['personId', 'scopes', 'method', 'givenOn', 'reviewOn', 'expiresOn', 'at'],
  checkRevision(previous, next) {
    if (previous.personId !== next.personId) {
      throw new AppError('NOT_ALLOWED', 'A consent belongs to the person who gave it: record a new consent for someone else.');
    }
    if (previous.withdrawal !== null && !sameWithdrawal(previous.withdrawal, next.withdrawal)) {
      throw new AppError('NOT_ALLOWED', 'This consent was withdrawn; a withdrawal cannot be changed or undone. Record a new consent if it is given again.');
    }
  },
  // The consent's person must be a record in People, whichever path writes it (app, CLI, import).
  checkWrite(previous, next, context) {
    if (previous?.personId !== next.personId && !context.personExists(next.personId)) {
      throw new AppError('INVALID_INPUT', 'personId: no person or organisation with that id in People. Add them in People first, then record their consent.');
    }
    return [];
  },
  auditRecords(previous, next) {
    const records: AuditRecordInput[] = [];
    const detail = { personId: next.personId, scopes: next.scopes.join(' ') };
    if (previous === null) records.push({ action: 'consent.given', subjectId: next.id, detail });
    if (next.withdrawal !== null && previous?.withdrawal == null) records.push({ action: 'consent.withdrawn', subjectId: next.id, detail: { personId: next.personId } });
    return records;
  },
  deletable: false,
};
