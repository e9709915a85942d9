import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentInputSchema, type ConsentInput } from '../../../shared/domain/kinds/consent';
import { personInputSchema, type PersonInputData } from '../../../shared/domain/people';
import type { EntryOf } from '../../../shared/domain/entries';
import { VaultSession } from '../../../electron/core/vault/session';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { thrown } from '../../support/app-error';
import { PASSPHRASE, meeting, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();
/** A clock the test moves: expiry and review depend on the day. */
function clock(start: string) {
  let now = new Date(start);
  return { now: () => now, set: (iso: string) => (now = new Date(iso)) };
}

const CANARY = 'Zubaida Canary-Realname';

async function notebookAt(start = '2026-11-20T12:00:00.000Z') {
  const time = clock(start);
  const session = new VaultSession({ dir: join(temp.dir(), 'vault'), kdfTargetMs: 0, now: time.now });
  await session.create(PASSPHRASE);
  return { session, notebook: session.requireNotebook(), time };
}

const person = (data: Partial<PersonInputData> = {}) => personInputSchema.parse({ pseudonym: 'Olive Tree', ...data });
const consent = (personId: string, data: Partial<ConsentInput> = {}): ConsentInput =>
  consentInputSchema.parse({ kind: 'consent', title: 'Consent to meet', personId, scopes: ['contact-and-meet'], givenOn: '2026-11-01', ...data });
const asConsent = (entry: { kind: string }) => entry as EntryOf<'consent'>;

describe('people', () => {
  it('keeps the real name apart: lists, gets and versions carry only the pseudonym; reveal is audited', async () => {
    const { notebook } = await notebookAt();
    const created = notebook.people.create(person({ atRiskGroups: ['independent-journalists'], riskLevel: 'high' }), { realName: CANARY, contacts: '+000 555 0100' });
    expect(JSON.stringify(notebook.people.list({ query: '', limit: 100, offset: 0 }))).not.toContain(CANARY);
    expect(JSON.stringify(notebook.people.get(created.id))).not.toContain(CANARY);
    expect(notebook.people.list({ query: 'olive', limit: 100, offset: 0 }).people).toEqual([{ id: created.id, kind: 'person', pseudonym: 'Olive Tree', riskLevel: 'high' }]);
    expect(notebook.people.list({ query: 'zubaida', limit: 100, offset: 0 }).total).toBe(0);

    const before = notebook.audit.list({ limit: 50, offset: 0 }).records.filter((r) => r.action === 'person.name-revealed');
    expect(before).toHaveLength(0);
    expect(notebook.people.reveal(created.id)).toEqual({ realName: CANARY, contacts: '+000 555 0100' });
    const revealed = notebook.audit.list({ limit: 50, offset: 0 }).records.filter((r) => r.action === 'person.name-revealed');
    expect(revealed.map((r) => r.subjectId)).toEqual([created.id]);
    expect(JSON.stringify(notebook.audit.list({ limit: 50, offset: 0 }))).not.toContain(CANARY);
  });

  it('refuses a pseudonym already taken (case and spacing ignored) and an organisation that is not one', async () => {
    const { notebook } = await notebookAt();
    const olive = notebook.people.create(person(), { realName: '', contacts: '' });
    expect(thrown(() => notebook.people.create(person({ pseudonym: '  olive   TREE ' }), { realName: '', contacts: '' })).message).toMatch(/pseudonym/);
    expect(thrown(() => notebook.people.create(person({ pseudonym: 'Cedar', organisationId: olive.id }), { realName: '', contacts: '' })).message).toMatch(/organisationId/);
    const org = notebook.people.create(person({ pseudonym: 'Coalition A', kind: 'organisation' }), { realName: '', contacts: '' });
    expect(notebook.people.create(person({ pseudonym: 'Cedar', organisationId: org.id }), { realName: '', contacts: '' }).organisationId).toBe(org.id);
  });

  it('keeps every superseded version, with its identity, and leaves the identity alone when not given', async () => {
    const { notebook, time } = await notebookAt();
    const v1 = notebook.people.create(person(), { realName: CANARY, contacts: 'a' });
    time.set('2026-11-21T12:00:00.000Z');
    const v2 = notebook.people.update(v1.id, 1, person({ pseudonym: 'Olive Branch', riskLevel: 'medium' }));
    expect(notebook.people.reveal(v1.id).realName).toBe(CANARY);
    const v3 = notebook.people.update(v1.id, 2, person({ pseudonym: 'Olive Branch' }), { realName: 'Another', contacts: 'b' });
    expect(notebook.people.history(v1.id)).toEqual([v1, v2]);
    expect(v3.revision).toBe(3);
    expect(notebook.people.reveal(v1.id).realName).toBe('Another');
    expect(thrown(() => notebook.people.update(v1.id, 2, person())).code).toBe('CONFLICT');
    const actions = notebook.audit.list({ limit: 50, offset: 0 }).records.map((r) => r.action);
    expect(actions.filter((a) => a === 'person.revised')).toHaveLength(2);
  });
});

describe('consent records', () => {
  it('are audited when given and withdrawn, in the same transaction as the write', async () => {
    const { notebook } = await notebookAt();
    const p = notebook.people.create(person(), { realName: CANARY, contacts: '' });
    const given = notebook.entries.create(consent(p.id));
    notebook.consent.withdraw(given.id, 'by phone');
    const records = notebook.audit.list({ limit: 50, offset: 0 }).records.filter((r) => r.action.startsWith('consent.'));
    expect(records.map((r) => [r.action, r.subjectId])).toEqual([
      ['consent.withdrawn', given.id],
      ['consent.given', given.id],
    ]);
    expect(records[1]?.detail).toEqual({ personId: p.id, scopes: 'contact-and-meet' });
  });

  it('take a withdrawal at once, and never let it be edited away or changed', async () => {
    const { notebook, time } = await notebookAt();
    const p = notebook.people.create(person(), { realName: '', contacts: '' });
    const given = notebook.entries.create(consent(p.id, { expiresOn: '2027-12-31' }));
    expect(notebook.consent.covers(p.id, 'contact-and-meet').covered).toBe(true);
    const withdrawn = notebook.consent.withdraw(given.id, 'told the officer in person');
    expect(withdrawn.withdrawal).toEqual({ at: '2026-11-20T12:00:00.000Z', how: 'told the officer in person' });
    // At once: the same instant, not the next day.
    expect(notebook.consent.covers(p.id, 'contact-and-meet')).toEqual({ covered: false, missingScope: 'contact-and-meet', reason: 'withdrawn' });

    const { id, revision, status, createdAt, updatedAt, ...input } = asConsent(notebook.entries.get(given.id));
    void status; void createdAt; void updatedAt;
    expect(thrown(() => notebook.entries.update(id, revision, { ...input, withdrawal: null })).code).toBe('NOT_ALLOWED');
    expect(thrown(() => notebook.entries.update(id, revision, { ...input, withdrawal: { at: '2026-11-19T00:00:00.000Z', how: 'x' } })).code).toBe('NOT_ALLOWED');
    expect(thrown(() => notebook.entries.update(id, revision, { ...input, personId: notebook.people.create(person({ pseudonym: 'Other' }), { realName: '', contacts: '' }).id })).code).toBe('NOT_ALLOWED');
    expect(thrown(() => notebook.consent.withdraw(given.id, 'again')).message).toMatch(/already withdrawn/);
    // Other fields still edit, and the withdrawal stays.
    time.set('2026-11-22T12:00:00.000Z');
    const edited = asConsent(notebook.entries.update(id, revision, { ...input, body: 'Notes added later' }));
    expect(edited.withdrawal).toEqual(withdrawn.withdrawal);
  });

  it('are never deleted', async () => {
    const { notebook } = await notebookAt();
    const p = notebook.people.create(person(), { realName: '', contacts: '' });
    const given = notebook.entries.create(consent(p.id));
    const error = thrown(() => notebook.entries.delete(given.id, given.revision));
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.message).toMatch(/cannot be deleted/);
    expect(notebook.entries.get(given.id).id).toBe(given.id);
  });

  it('list under the person facet, with review and expiry dates as due facets', async () => {
    const { notebook } = await notebookAt();
    const p = notebook.people.create(person(), { realName: '', contacts: '' });
    const given = notebook.entries.create(consent(p.id, { reviewOn: '2026-12-01', expiresOn: '2027-06-30' }));
    notebook.entries.create(meeting({ participantRefs: [{ personId: p.id }] }));
    expect(notebook.entries.list({ facets: [{ facet: 'person', value: p.id }], limit: 10, offset: 0 }).total).toBe(2);
    expect(notebook.entries.list({ kind: 'consent', limit: 10, offset: 0 }).entries[0]?.facts).toEqual([{ field: 'consentState', value: 'given' }]);
    const db = (notebook as unknown as { writes: { db: { prepare(sql: string): { all(): unknown[] } } } }).writes.db;
    const dueFacets = "SELECT v.facet, v.value FROM entry_facet_keys k JOIN facet_values v ON v.id = k.value_id WHERE v.facet LIKE 'due:%' ORDER BY v.facet";
    expect(db.prepare(dueFacets).all()).toEqual([
      { facet: 'due:consent-expiry', value: '2027-06-30' },
      { facet: 'due:consent-review', value: '2026-12-01' },
    ]);
    notebook.consent.withdraw(given.id, '');
    expect(db.prepare(dueFacets).all()).toEqual([]);
  });
});

describe('the gate: consent.covers(personId, scope, at)', () => {
  it('answers covered, none, expired, withdrawn and scope-missing', async () => {
    const { notebook, time } = await notebookAt('2026-11-20T12:00:00.000Z');
    const nobody = notebook.people.create(person({ pseudonym: 'Nobody' }), { realName: '', contacts: '' });
    expect(notebook.consent.covers(nobody.id, 'contact-and-meet')).toEqual({ covered: false, missingScope: 'contact-and-meet', reason: 'none' });

    const p = notebook.people.create(person(), { realName: '', contacts: '' });
    const given = notebook.entries.create(consent(p.id, { scopes: ['contact-and-meet', 'named-in-hq-reporting'], expiresOn: '2026-12-31' }));
    expect(notebook.consent.covers(p.id, 'named-in-hq-reporting')).toEqual({ covered: true, consentId: given.id });
    expect(notebook.consent.covers(p.id, 'named-in-public-statements')).toEqual({ covered: false, missingScope: 'named-in-public-statements', reason: 'scope-missing' });

    // The expiry day is the last day covered; the next day it has expired.
    expect(notebook.consent.covers(p.id, 'contact-and-meet', new Date('2026-12-31T12:00:00.000Z')).covered).toBe(true);
    expect(notebook.consent.covers(p.id, 'contact-and-meet', new Date('2027-01-01T12:00:00.000Z'))).toEqual({ covered: false, missingScope: 'contact-and-meet', reason: 'expired' });
    time.set('2027-01-02T12:00:00.000Z');
    expect(notebook.consent.covers(p.id, 'contact-and-meet').covered).toBe(false);
    expect(notebook.consent.ledger({ personId: p.id }).map((row) => row.state)).toEqual(['expired']);

    // A new consent covers again; withdrawing it says withdrawn.
    const renewed = notebook.entries.create(consent(p.id, { givenOn: '2027-01-02' }));
    expect(notebook.consent.covers(p.id, 'contact-and-meet')).toEqual({ covered: true, consentId: renewed.id });
    notebook.consent.withdraw(renewed.id, '');
    expect(notebook.consent.covers(p.id, 'contact-and-meet')).toEqual({ covered: false, missingScope: 'contact-and-meet', reason: 'withdrawn' });
  });

  it('is not fooled by a consent given after the moment asked about, and is reached through consent:check', async () => {
    const { session, notebook } = await notebookAt('2026-11-20T12:00:00.000Z');
    const p = notebook.people.create(person(), { realName: '', contacts: '' });
    notebook.entries.create(consent(p.id, { givenOn: '2026-12-05' }));
    const ctx = { vault: session, preferences: { get: () => ({}) } } as never;
    const call = (payload: unknown) => dispatch(ctx, 'consent:check', payload, { incident: () => undefined });
    expect(await call({ personId: p.id, scope: 'contact-and-meet' })).toEqual({ ok: true, value: { covered: false, missingScope: 'contact-and-meet', reason: 'none' } });
    expect(await call({ personId: p.id, scope: 'contact-and-meet', at: '2026-12-06T12:00:00Z' })).toMatchObject({ ok: true, value: { covered: true } });
    expect((await call({ personId: p.id, scope: 'fly-to-the-moon' })).ok).toBe(false);
  });

  it('shows review-due a fortnight ahead, in the ledger with pseudonyms only', async () => {
    const { notebook } = await notebookAt('2026-11-20T12:00:00.000Z');
    const p = notebook.people.create(person(), { realName: CANARY, contacts: '' });
    notebook.entries.create(consent(p.id, { reviewOn: '2026-12-04' }));
    notebook.entries.create(consent(p.id, { reviewOn: '2026-12-05' }));
    const rows = notebook.consent.ledger();
    expect(rows.map((r) => r.state).sort()).toEqual(['active', 'review-due']);
    expect(rows.every((r) => r.pseudonym === 'Olive Tree')).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(CANARY);
  });
});
