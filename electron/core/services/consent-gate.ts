import { CONSENT_REVIEW_SOON_DAYS, type ConsentCoverage, type ConsentScope, type ConsentState } from '../../../shared/domain/consent';
import type { EntryOf } from '../../../shared/domain/entries';

type Consent = EntryOf<'consent'>;

/**
 * The calendar day of an instant on this machine's clock, as YYYY-MM-DD: consent dates are
 * days the officer agreed with the defender, in the place they both were.
 */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Where a consent stands on a day. A withdrawal counts from the moment it is stored, whatever
 * time it names (a date typed in the future cannot postpone it). The expiry day is the last
 * day covered. A review or expiry within CONSENT_REVIEW_SOON_DAYS shows as review-due: the
 * consent still covers, but the officer should ask again.
 */
export function consentStateOn(consent: Consent, day: string): ConsentState {
  if (consent.withdrawal !== null) return 'withdrawn';
  if (consent.expiresOn !== null && day > consent.expiresOn) return 'expired';
  const soon = addDays(day, CONSENT_REVIEW_SOON_DAYS);
  if ((consent.reviewOn !== null && consent.reviewOn <= soon) || (consent.expiresOn !== null && consent.expiresOn <= soon)) return 'review-due';
  return 'active';
}

/** In force on the day: not withdrawn, not expired, already given. */
function inForce(consent: Consent, day: string): boolean {
  const state = consentStateOn(consent, day);
  return (state === 'active' || state === 'review-due') && (consent.givenOn === null || consent.givenOn <= day);
}

function newestFirst(a: Consent, b: Consent): number {
  const when = (c: Consent) => c.givenOn ?? c.createdAt.slice(0, 10);
  return when(b).localeCompare(when(a)) || b.createdAt.localeCompare(a.createdAt);
}

/**
 * THE GATE, over one person's consents: does one in force at `at` name `scope`? When none
 * does, the reason is the one the officer can act on:
 * - 'none': the person has no consent at all (or only one given after `at`);
 * - 'scope-missing': consents exist, but none ever named this scope;
 * - 'withdrawn' / 'expired': the newest consent that named this scope was withdrawn / has expired.
 */
export function consentsCover(consents: readonly Consent[], scope: ConsentScope, at: Date): ConsentCoverage {
  const day = localDay(at);
  const naming = consents.filter((c) => c.scopes.includes(scope)).sort(newestFirst);
  const covering = naming.find((c) => inForce(c, day));
  if (covering) return { covered: true, consentId: covering.id };
  const gap = (reason: 'none' | 'expired' | 'withdrawn' | 'scope-missing'): ConsentCoverage => ({ covered: false, missingScope: scope, reason });
  if (consents.length === 0) return gap('none');
  const newest = naming[0];
  if (newest === undefined) return gap('scope-missing');
  const state = consentStateOn(newest, day);
  if (state === 'withdrawn' || state === 'expired') return gap(state);
  return gap('none');
}
