import type { ConsentCoverage, ConsentLedgerQuery, ConsentLedgerRow, ConsentScope } from '../../../shared/domain/consent';
import type { EntryInput, EntryOf } from '../../../shared/domain/entries';
import { STORED_KEYS } from '../../../shared/domain/kinds/common';
import { AppError } from '../../../shared/errors';
import { consentStateOn, consentsCover, localDay } from './consent-gate';
import type { EntriesService } from './entries-service';
import type { PeopleService } from './people-service';

type Consent = EntryOf<'consent'>;

/** A person has a handful of consents; a vault a few hundred. One page holds them. */
const PAGE = 500;

function withoutStoredKeys(consent: Consent): EntryInput {
  return Object.fromEntries(Object.entries(consent).filter(([key]) => !(STORED_KEYS as readonly string[]).includes(key))) as EntryInput;
}

/**
 * The consent ledger and the do-no-harm gate. Consents are entries (kind 'consent'): created
 * and edited through EntriesService, whose kind rules (kinds/consent.ts) keep a withdrawal for
 * good, refuse deletion and write consent.given / consent.withdrawn in the same transaction.
 */
export class ConsentService {
  constructor(
    private readonly entries: EntriesService,
    private readonly people: PeopleService,
    private readonly now: () => Date,
  ) {}

  private consents(personId?: string): Consent[] {
    const found: Consent[] = [];
    let after: string | undefined;
    do {
      const page = this.entries.list({ kind: 'consent', limit: PAGE, offset: 0, ...(personId ? { facets: [{ facet: 'person', value: personId }] } : {}), ...(after ? { after } : {}) });
      for (const summary of page.entries) {
        const entry = this.entries.get(summary.id);
        if (entry.kind === 'consent') found.push(entry);
      }
      after = page.nextCursor ?? undefined;
    } while (after !== undefined);
    return found;
  }

  /**
   * THE GATE: whether an active consent of this person covers `scope` at `at` (default: now,
   * on the notebook's clock). See consentsCover for the reasons it gives when none does.
   */
  covers(personId: string, scope: ConsentScope, at: Date = this.now()): ConsentCoverage {
    return consentsCover(this.consents(personId), scope, at);
  }

  /** Every consent (or one person's), newest first, its state worked out for today. */
  ledger(query: ConsentLedgerQuery = {}): ConsentLedgerRow[] {
    const day = localDay(this.now());
    const pseudonyms = new Map<string, string>();
    const pseudonymOf = (id: string): string => {
      if (!pseudonyms.has(id)) pseudonyms.set(id, this.people.pseudonymOf(id) ?? '');
      return pseudonyms.get(id) ?? '';
    };
    return this.consents(query.personId).map((c) => ({
      id: c.id,
      revision: c.revision,
      personId: c.personId,
      pseudonym: pseudonymOf(c.personId),
      title: c.title,
      scopes: c.scopes,
      method: c.method,
      state: consentStateOn(c, day),
      givenOn: c.givenOn,
      reviewOn: c.reviewOn,
      expiresOn: c.expiresOn,
      withdrawnAt: c.withdrawal?.at ?? null,
    }));
  }

  /**
   * Withdraws the consent now: a new version carrying the withdrawal, whatever revision an
   * editor holds (a withdrawal must never wait on a conflict). Audited as consent.withdrawn.
   */
  withdraw(id: string, how: string): EntryOf<'consent'> {
    const current = this.entries.get(id);
    if (current.kind !== 'consent') throw new AppError('INVALID_INPUT', 'That entry is not a consent record.');
    if (current.withdrawal !== null) throw new AppError('NOT_ALLOWED', `This consent was already withdrawn (${current.withdrawal.at}).`);
    const next = this.entries.update(id, current.revision, { ...withoutStoredKeys(current), withdrawal: { at: this.now().toISOString(), how } } as EntryInput);
    if (next.kind !== 'consent') throw new AppError('INTERNAL', 'A consent came back as another kind.');
    return next;
  }

}
