import { describe, expect, it } from 'vitest';
import { consentInputSchema } from '../../../shared/domain/kinds/consent';
import { meetingInputSchema } from '../../../shared/domain/kinds/meeting';
import { caseInputSchema } from '../../../shared/domain/kinds/case';
import { personInputSchema } from '../../../shared/domain/people';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { thrown } from '../../support/app-error';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();
const NOBODY = '00000000-0000-4000-8000-000000000000';

const consent = (personId: string) => consentInputSchema.parse({ kind: 'consent', title: 'Consent to meet', personId, scopes: ['contact-and-meet'] });

describe('a consent belongs to someone in People', () => {
  it('refuses a personId that no record has, naming the field, on create and on import, and writes nothing', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const error = thrown(() => notebook.entries.create(consent(NOBODY)));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^personId: /);
    const heron = notebook.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: '', contacts: '' });
    expect(thrown(() => notebook.entries.createMany([consent(heron.id), consent(NOBODY)])).message).toMatch(/^entries\.1: personId: /);
    expect(notebook.entries.list({ limit: 10, offset: 0 }).total).toBe(0);
    expect(notebook.audit.list({ limit: 50, offset: 0 }).records.map((r) => r.action)).not.toContain('consent.given');
    expect(notebook.entries.create(consent(heron.id)).kind).toBe('consent');
  });
});

describe("a person's identity", () => {
  it('lets the real name be cleared on its own, through the contract, keeping the contacts', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const ctx = { vault: session, preferences: { get: () => ({}) } } as never;
    const call = (channel: string, payload: unknown) => dispatch(ctx, channel, payload, { incident: () => undefined });
    const input = personInputSchema.parse({ pseudonym: 'Kestrel' });
    const kestrel = notebook.people.create(input, { realName: 'A Real Name', contacts: 'Signal +000 555' });

    expect(await call('person:update', { id: kestrel.id, revision: 1, person: input, identity: { realName: '' } })).toMatchObject({ ok: true });
    expect(notebook.people.reveal(kestrel.id)).toEqual({ realName: '', contacts: 'Signal +000 555' });

    // A new name alone leaves the contacts as they are; contacts alone leave the name.
    await call('person:update', { id: kestrel.id, revision: 2, person: input, identity: { realName: 'Another' } });
    await call('person:update', { id: kestrel.id, revision: 3, person: input, identity: { contacts: '' } });
    expect(notebook.people.reveal(kestrel.id)).toEqual({ realName: 'Another', contacts: '' });
    // The superseded versions keep the identity they had.
    expect(notebook.people.history(kestrel.id)).toHaveLength(3);
  });
});

describe('a meeting links to a case', () => {
  it('stores defenderCaseId (absent in older inputs: none) and lists the meeting under the case facet', async () => {
    const { notebook } = await temp.unlockedNotebook();
    expect(meetingInputSchema.parse({ kind: 'meeting', title: 'Old shape' }).defenderCaseId).toBeNull();
    const theCase = notebook.entries.create(caseInputSchema.parse({ kind: 'case', title: 'Case of Heron' }));
    const met = notebook.entries.create(meetingInputSchema.parse({ kind: 'meeting', title: 'Met the lawyer', defenderCaseId: theCase.id }));
    expect(notebook.entries.get(met.id)).toMatchObject({ defenderCaseId: theCase.id });
    expect(notebook.entries.list({ facets: [{ facet: 'case', value: theCase.id }], limit: 10, offset: 0 }).entries.map((e) => e.id)).toEqual([met.id]);
  });
});
