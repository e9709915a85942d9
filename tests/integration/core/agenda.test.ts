import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../../shared/domain/kinds/case';
import { consentInputSchema } from '../../../shared/domain/kinds/consent';
import { observationInputSchema } from '../../../shared/domain/kinds/observation';
import { personInputSchema } from '../../../shared/domain/people';
import { VaultSession } from '../../../electron/core/vault/session';
import { PASSPHRASE, meeting, useTempDirs } from '../../support/temp-vault';
import { trial } from '../../support/trial-input';

const temp = useTempDirs();

async function notebookOn(iso: string) {
  const session = new VaultSession({ dir: join(temp.dir(), 'vault'), kdfTargetMs: 0, now: () => new Date(iso) });
  await session.create(PASSPHRASE);
  return session.requireNotebook();
}

describe('Upcoming', () => {
  it('lists overdue items first, then today, this week and later, soonest first; past hearings and done items are left out', async () => {
    // Wednesday 2 December 2026, midday.
    const notebook = await notebookOn('2026-12-02T12:00:00');
    const person = notebook.people.create(personInputSchema.parse({ pseudonym: 'Kestrel' }), { realName: '', contacts: '' });
    const followUps = notebook.entries.create(
      meeting({
        title: 'Coalition meeting',
        followUps: [
          { text: 'Send the draft', owner: '', dueOn: '2026-11-28', done: false },
          { text: 'Call back', owner: '', dueOn: '2026-12-02', done: false },
          { text: 'Done already', owner: '', dueOn: '2026-11-20', done: true },
        ],
      }),
    );
    const hearing = notebook.entries.create({ ...trial(), adjournment: { ...trial().adjournment, nextHearingOn: '2026-12-07' } });
    const pastHearing = notebook.entries.create({ ...trial(), title: 'Earlier hearing', adjournment: { ...trial().adjournment, nextHearingOn: '2026-11-30' } });
    const review = notebook.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent', personId: person.id, scopes: ['contact-and-meet'], reviewOn: '2026-12-20' }));
    const action = notebook.entries.create(caseInputSchema.parse({ kind: 'case', title: 'Kestrel case', actions: [{ action: 'seek-consent', date: '2027-03-01' }] }));

    const items = notebook.agenda.upcoming(60);
    expect(items.map((i) => [i.what, i.due, i.bucket, i.entry.id])).toEqual([
      ['follow-up', '2026-11-28', 'overdue', followUps.id],
      ['follow-up', '2026-12-02', 'today', followUps.id],
      ['hearing', '2026-12-07', 'week', hearing.id],
      ['consent-review', '2026-12-20', 'later', review.id],
    ]);
    expect(items.map((i) => i.entry.id)).not.toContain(pastHearing.id);
    // Beyond the horizon until the officer looks further ahead.
    expect(notebook.agenda.upcoming(120).at(-1)).toMatchObject({ what: 'case-action', due: '2027-03-01', entry: { id: action.id } });
  });
});

describe('the civic-space view', () => {
  it('lists a country\'s entries of the period per topic, with counts, and names the countries filed', async () => {
    const notebook = await notebookOn('2026-12-02T12:00:00');
    const observation = (title: string, country: string, occurredAt: string, topics: string[]) =>
      notebook.entries.create(observationInputSchema.parse({ kind: 'observation', title, country, occurredAt, topics }));
    const law = observation('NGO law passed', 'Freedonia', new Date(2026, 10, 23, 9).toISOString(), ['restrictions-on-freedoms', 'funding-and-registration']);
    const lastDay = observation('Protest dispersed', 'Freedonia', new Date(2026, 10, 29, 23, 30).toISOString(), ['restrictions-on-freedoms']);
    observation('Before the week', 'Freedonia', new Date(2026, 10, 22, 23, 59).toISOString(), ['restrictions-on-freedoms']);
    observation('After the week', 'Freedonia', new Date(2026, 10, 30, 0, 1).toISOString(), ['restrictions-on-freedoms']);
    observation('Elsewhere', 'Sylvania', new Date(2026, 10, 24).toISOString(), ['restrictions-on-freedoms']);

    const view = notebook.agenda.civicSpace({ country: 'Freedonia', from: '2026-11-23', until: '2026-11-29' });
    expect(view.topics.map((t) => t.topic)[0]).toBe('restrictions-on-freedoms');
    expect(view.topics).toHaveLength(10);
    const byTopic = Object.fromEntries(view.topics.map((t) => [t.topic, { total: t.total, ids: t.entries.map((e) => e.id) }]));
    expect(byTopic['restrictions-on-freedoms']).toEqual({ total: 2, ids: [lastDay.id, law.id] });
    expect(byTopic['funding-and-registration']).toEqual({ total: 1, ids: [law.id] });
    expect(byTopic['surveillance']).toEqual({ total: 0, ids: [] });
    expect(notebook.agenda.countries()).toEqual(['Freedonia', 'Sylvania']);
    expect(() => notebook.agenda.civicSpace({ country: 'Freedonia', from: '2026-11-29', until: '2026-11-23' })).toThrow(/until/);
  });
});
