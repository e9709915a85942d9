import { describe, expect, it } from 'vitest';
import { EntriesRepository } from '../../../electron/core/db/repositories/entries-repository';
import { trialTimeline } from '../../../electron/core/kinds/trial-timeline';
import { REDACTION_MARK } from '../../../shared/domain/entry-history';
import type { Entry } from '../../../shared/domain/entries';
import { caseInputSchema } from '../../../shared/domain/kinds/case';
import { trialInputSchema, type Trial } from '../../../shared/domain/kinds/trial';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { PASSPHRASE, meeting, useTempDirs } from '../../support/temp-vault';
import { trial } from '../../support/trial-input';

const temp = useTempDirs();

function asTrial(entry: Entry): Trial {
  if (entry.kind !== 'trial') throw new Error(`expected a trial, got ${entry.kind}`);
  return entry;
}

const checklist = [
  { item: 'presumption-of-innocence' as const, finding: 'concern' as const, evidence: 'Defendant Juniper was kept in a cage throughout.', cites: ['l1'] },
  { item: 'time-and-facilities' as const, finding: 'not-observed' as const, evidence: 'The file was refused to counsel.', cites: ['l2'] },
];

describe('trial-monitoring observations', () => {
  it('stores the hearing, the checklist and the live log, and keeps every earlier version', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = asTrial(notebook.entries.create(trial()));
    expect(asTrial(notebook.entries.get(created.id)).log.map((l) => l.id)).toEqual(['l1', 'l2']);

    const finalized = notebook.entries.finalize(created.id, created.revision);
    const input = trial({ checklist, log: [...created.log, { id: 'l3', at: '2026-11-23T08:00:00.000Z', text: 'Adjourned for the prosecution witnesses.' }] });
    const updated = asTrial(notebook.entries.update(created.id, finalized.revision, input));

    const stored = asTrial(notebook.entries.get(created.id));
    expect(stored.checklist).toEqual(checklist);
    expect(stored.log).toHaveLength(3);
    expect(stored.hearing).toMatchObject({ courtName: 'Harbour District Court', courtType: 'state-security', stage: 'trial' });
    expect(stored.revision).toBe(updated.revision);
    const versions = notebook.entries.history(created.id).map(asTrial);
    expect(versions.map((v) => v.revision)).toEqual([1, 2]);
    expect(versions[1]?.checklist).toEqual([]);
    expect(versions[1]?.log).toHaveLength(2);
  });

  it('refuses a checklist item citing a log line that is not in the log, naming the field', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const result = trialInputSchema.safeParse({ ...trial(), checklist: [{ item: 'witnesses', cites: ['nope'] }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['checklist', 0, 'cites']);
    expect(notebook.entries.list({ limit: 10, offset: 0 }).total).toBe(0);
  });

  it('is found by its court, its charges and its log, with the field named in the hit', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = notebook.entries.create(trial());
    notebook.entries.create(trial({ title: 'Another hearing', log: [], hearing: { courtName: 'Military tribunal', charges: 'Insulting the army' } }));
    const byCourt = notebook.search.query({ query: 'harbour', limit: 10, offset: 0 });
    expect(byCourt.hits.map((h) => h.id)).toEqual([created.id]);
    expect(byCourt.hits[0]?.fields.map((f) => f.field)).toContain('court');
    const byCharge = notebook.search.query({ query: 'unlicensed association', limit: 10, offset: 0 });
    expect(byCharge.hits.map((h) => h.id)).toEqual([created.id]);
    expect(byCharge.hits[0]?.fields.map((f) => f.field)).toContain('charges');
    expect(notebook.search.query({ query: 'handcuffed', limit: 10, offset: 0 }).hits.map((h) => h.id)).toEqual([created.id]);
    expect(byCourt.hits[0]?.facts).toEqual([
      { field: 'stage', value: 'trial' },
      { field: 'courtType', value: 'state-security' },
    ]);
  });

  it('groups the hearings of one case across an adjournment, however the case number was typed', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const first = notebook.entries.create(
      trial({ title: 'First hearing', occurredAt: '2026-11-23T07:00:00.000Z', adjournment: { adjourned: true, reason: 'Prosecution witnesses absent', nextHearingOn: '2026-12-07' } }),
    );
    const second = notebook.entries.create(trial({ title: 'Second hearing', occurredAt: '2026-12-07T07:00:00.000Z', hearing: { caseNumber: ' ١٢٣ - ٢٠٢٦ ', stage: 'verdict' } }));
    const other = notebook.entries.create(trial({ title: 'Another case', hearing: { caseNumber: '124/2026' } }));
    notebook.entries.create(trial({ title: 'Undated later hearing', occurredAt: null, hearing: { caseNumber: '123/2026' } }));

    const timeline = trialTimeline(notebook.entries, second.id);
    expect(timeline.caseNumber).toBe(' ١٢٣ - ٢٠٢٦ ');
    expect(timeline.hearings.map((h) => h.title)).toEqual(['First hearing', 'Second hearing', 'Undated later hearing']);
    expect(timeline.hearings[0]).toMatchObject({ id: first.id, adjournment: { reason: 'Prosecution witnesses absent', nextHearingOn: '2026-12-07' } });
    expect(timeline.hearings[1]).toMatchObject({ stage: 'verdict', adjournment: null });
    expect(trialTimeline(notebook.entries, other.id).hearings.map((h) => h.id)).toEqual([other.id]);
    const note = notebook.entries.create(meeting());
    expect(() => trialTimeline(notebook.entries, note.id)).toThrow(/Only a trial/);
  });

  it('joins hearings of one defender case that carry no common case number', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const caseId = notebook.entries.create(caseInputSchema.parse({ kind: 'case', title: 'Case of Heron' })).id;
    const a = notebook.entries.create(trial({ title: 'Appeal', occurredAt: '2027-01-10T08:00:00.000Z', defenderCaseId: caseId, hearing: { caseNumber: 'A-9', stage: 'appeal' } }));
    const b = notebook.entries.create(trial({ title: 'Trial', defenderCaseId: caseId }));
    expect(trialTimeline(notebook.entries, a.id).hearings.map((h) => h.id)).toEqual([b.id, a.id]);
    expect(notebook.entries.list({ kind: 'trial', facets: [{ facet: 'case', value: caseId }], limit: 10, offset: 0 }).total).toBe(2);
  });

  it('puts the next hearing date in Upcoming (due:hearing), and takes it out when the date is cleared', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const adjourned = notebook.entries.create(trial({ adjournment: { adjourned: true, reason: 'Judge ill', nextHearingOn: '2026-12-07' } }));
    notebook.entries.create(trial({ title: 'Long past', adjournment: { adjourned: true, reason: '', nextHearingOn: '2026-01-05' } }));
    const cleared = notebook.entries.create(trial({ title: 'Cleared', adjournment: { adjourned: true, reason: '', nextHearingOn: '2026-12-01' } }));
    notebook.entries.update(cleared.id, cleared.revision, trial({ title: 'Cleared' }));
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      const repo = new EntriesRepository(db);
      const due = repo.dueFrom('due:hearing', '2026-11-30', 10);
      expect(due.map((d) => d.due)).toEqual(['2026-12-07']);
      expect(repo.findManyBySeq(due.map((d) => d.seq)).map((s) => s.entry.id)).toEqual([adjourned.id]);
    });
  });

  it('redacts a defendant’s name from the hearing, the log lines and the checklist evidence, leaving ids, times and findings alone', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = notebook.entries.create(trial({ checklist }));
    const redacted = asTrial(notebook.entries.redact(created.id, created.revision, 'Juniper'));
    expect(JSON.stringify(redacted)).not.toContain('Juniper');
    expect(redacted.hearing.defendants[0]?.name).toBe(`Defendant ${REDACTION_MARK}`);
    expect(redacted.log[0]).toEqual({ id: 'l1', at: '2026-11-23T07:05:00.000Z', text: `Defendant ${REDACTION_MARK} brought in handcuffed, kept in a cage.` });
    expect(redacted.checklist[0]).toEqual({ ...checklist[0], evidence: `Defendant ${REDACTION_MARK} was kept in a cage throughout.` });
    expect((redacted.hearing as Record<string, unknown>).detention).toBeUndefined();
    expect(redacted.hearing.defendants[0]?.detention).toBe('detained');
    expect(notebook.search.query({ query: 'juniper', limit: 10, offset: 0 }).hits).toEqual([]);
  });

  it('never lets a redaction touch a vocabulary value, even when the passage is one', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const created = notebook.entries.create(trial({ checklist, body: 'The trial stage was rushed.' }));
    const redacted = asTrial(notebook.entries.redact(created.id, created.revision, 'trial'));
    expect(redacted.body).toBe(`The ${REDACTION_MARK} stage was rushed.`);
    expect(redacted.hearing.stage).toBe('trial');
    expect(redacted.checklist.map((c) => c.finding)).toEqual(['concern', 'not-observed']);
  });
});
