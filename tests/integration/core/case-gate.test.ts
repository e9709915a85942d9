import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInputSchema, type CaseInput } from '../../../shared/domain/kinds/case';
import { consentInputSchema, type ConsentInput } from '../../../shared/domain/kinds/consent';
import { personInputSchema } from '../../../shared/domain/people';
import type { EntryOf } from '../../../shared/domain/entries';
import { VaultSession } from '../../../electron/core/vault/session';
import { thrown as refusal } from '../../support/app-error';
import { PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

async function notebookAt(start: string) {
  let now = new Date(start);
  const session = new VaultSession({ dir: join(temp.dir(), 'vault'), kdfTargetMs: 0, now: () => now });
  await session.create(PASSPHRASE);
  const notebook = session.requireNotebook();
  const defender = notebook.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: 'Canary Realname', contacts: '' });
  return { notebook, defenderId: defender.id, setNow: (iso: string) => (now = new Date(iso)) };
}

const consent = (personId: string, data: Partial<ConsentInput> = {}): ConsentInput =>
  consentInputSchema.parse({ kind: 'consent', title: 'Consent of Heron', personId, scopes: ['contact-and-meet'], givenOn: '2026-11-01', ...data });

const REASON = 'The defender was detained incommunicado and could not be asked; the lawyer urged us to act.';
const statement = (data: Record<string, unknown> = {}) => ({ action: 'public-statement', status: 'done', date: '2026-11-25', onBehalf: true, ...data });
const defenderCase = (defenderId: string | null, actions: unknown[]): CaseInput =>
  caseInputSchema.parse({ kind: 'case', title: 'Heron: threats after the UN session', defenderId, threats: ['threats', 'reprisal-un-engagement'], actions });

const overrides = (notebook: Awaited<ReturnType<typeof notebookAt>>['notebook']) =>
  notebook.audit.list({ limit: 100, offset: 0 }).records.filter((r) => r.action === 'consent.gate-overridden');

describe('the do-no-harm gate on case actions', () => {
  it('refuses an action on the defender\'s behalf without a consent, naming the scope, and writes nothing', async () => {
    const { notebook, defenderId } = await notebookAt('2026-11-26T10:00:00Z');
    notebook.entries.create(consent(defenderId));
    const error = refusal(() => notebook.entries.create(defenderCase(defenderId, [statement()])));
    expect(error.code).toBe('NOT_ALLOWED');
    expect(error.message).toContain('named-in-public-statements');
    expect(notebook.entries.list({ kind: 'case', limit: 10, offset: 0 }).total).toBe(0);
  });

  it('accepts it when a consent in force on the action\'s day covers the scope; the same action is not the defender\'s business', async () => {
    const { notebook, defenderId } = await notebookAt('2026-11-26T10:00:00Z');
    notebook.entries.create(consent(defenderId, { scopes: ['named-in-public-statements'] }));
    const created = notebook.entries.create(defenderCase(defenderId, [statement(), { action: 'contact-officials', onBehalf: false }]));
    expect(created.kind).toBe('case');
    expect(overrides(notebook)).toHaveLength(0);
  });

  it('accepts an override with a reason: audited with ids and the scope, never the reason', async () => {
    const { notebook, defenderId } = await notebookAt('2026-11-26T10:00:00Z');
    const created = notebook.entries.create(defenderCase(defenderId, [statement({ overrideReason: REASON })])) as EntryOf<'case'>;
    const records = overrides(notebook);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ subjectId: created.id, detail: { personId: defenderId, scope: 'named-in-public-statements', actionId: created.actions[0]?.id, gap: 'none' } });
    expect(JSON.stringify(notebook.audit.list({ limit: 100, offset: 0 }))).not.toContain('incommunicado');
    expect((notebook.entries.get(created.id) as EntryOf<'case'>).actions[0]?.overrideReason).toBe(REASON);
    // Saving again, unchanged, neither refuses nor audits the override a second time.
    const { id, revision, status, createdAt, updatedAt, ...input } = created;
    void [id, status, createdAt, updatedAt];
    notebook.entries.update(created.id, revision, { ...input, title: 'Heron: threats (updated)' });
    expect(overrides(notebook)).toHaveLength(1);
  });

  it('refuses once the consent was withdrawn, and once it has expired (at the action\'s date)', async () => {
    const { notebook, defenderId, setNow } = await notebookAt('2026-11-26T10:00:00Z');
    const given = notebook.entries.create(consent(defenderId, { scopes: ['visible-attendance-at-hearings'], expiresOn: '2026-12-10' }));
    const attend = (date: string) => defenderCase(defenderId, [{ action: 'attend-proceedings', status: 'planned', date, onBehalf: true }]);
    expect(notebook.entries.create(attend('2026-12-10')).kind).toBe('case');
    const expired = refusal(() => notebook.entries.create(attend('2026-12-11')));
    expect(expired.message).toContain('visible-attendance-at-hearings');
    expect(expired.message).toContain('expired');

    setNow('2026-11-27T09:00:00Z');
    notebook.consent.withdraw(given.id, 'by phone');
    const withdrawn = refusal(() => notebook.entries.create(attend('2026-12-01')));
    expect(withdrawn.message).toContain('visible-attendance-at-hearings');
    expect(withdrawn.message).toContain('withdrawn');
  });

  it('refuses an on-behalf action in a case with no defender, and a free action that names no scope', async () => {
    const { notebook } = await notebookAt('2026-11-26T10:00:00Z');
    expect(refusal(() => notebook.entries.create(defenderCase(null, [statement()]))).message).toMatch(/named-in-public-statements.*names no defender/);
    const free = { action: 'other', label: 'Letter to the bar association', onBehalf: true };
    expect(refusal(() => notebook.entries.create(defenderCase(null, [free]))).message).toMatch(/names no consent scope/);
  });

  it('lists its trials by the case facet, files the defender as its person, and puts dated planned actions in Upcoming', async () => {
    const { notebook, defenderId } = await notebookAt('2026-11-26T10:00:00Z');
    const created = notebook.entries.create(defenderCase(defenderId, [{ action: 'seek-consent', date: '2026-11-28' }, { action: 'meet-or-contact', status: 'done', date: '2026-11-20' }]));
    const trial = notebook.entries.create({ ...(await import('../../support/trial-input')).trial(), defenderCaseId: created.id });
    expect(notebook.entries.list({ facets: [{ facet: 'case', value: created.id }], limit: 10, offset: 0 }).entries.map((e) => e.id)).toEqual([trial.id]);
    expect(notebook.entries.list({ kind: 'case', facets: [{ facet: 'person', value: defenderId }], limit: 10, offset: 0 }).entries[0]?.facts).toEqual([{ field: 'caseStatus', value: 'open' }]);
    expect(notebook.agenda.upcoming(30).filter((i) => i.what === 'case-action').map((i) => [i.due, i.bucket])).toEqual([['2026-11-28', 'week']]);
  });
});
