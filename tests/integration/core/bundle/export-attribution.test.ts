import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { consentInputSchema } from '../../../../shared/domain/kinds/consent';
import { trialInputSchema } from '../../../../shared/domain/kinds/trial';
import { personInputSchema } from '../../../../shared/domain/people';
import { officerExportingToHq } from '../../../support/export-to-hq';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();
const CONSENTING = 'Samira Haddad Canary';
const UNCONSENTED = 'Karim Nassar Canary';

/**
 * What a bundle must hold back even where consent would name someone: the speaker of a passage
 * marked "do not attribute" (in the entry and in every revision), and a name typed beside a
 * defendant linked to a person the bundle may not name.
 */
async function exported() {
  const { notebook, exporter, open } = await officerExportingToHq(temp);
  const falcon = notebook.people.create(personInputSchema.parse({ pseudonym: 'Falcon' }), { realName: CONSENTING, contacts: '' });
  const heron = notebook.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: UNCONSENTED, contacts: '' });
  notebook.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent of Falcon', personId: falcon.id, scopes: ['contact-and-meet', 'named-in-hq-reporting'], givenOn: '2026-01-01' }));
  const statements = [{ text: 'The warden named the officers who beat him.', speaker: { personId: falcon.id }, doNotAttribute: true }];
  const met = notebook.entries.finalize(notebook.entries.create(meeting({ title: 'Met at the annex', statements })).id, 1);
  notebook.entries.update(met.id, met.revision, meeting({ title: 'Met at the annex (revised)', statements }));
  notebook.entries.create(
    trialInputSchema.parse({
      kind: 'trial',
      title: 'Hearing',
      hearing: { caseNumber: '12/2026', defendants: [{ name: UNCONSENTED, personId: heron.id }, { name: 'Falcon as typed', personId: falcon.id }, { name: 'Unlinked as typed' }] },
    }),
  );
  const out = join(temp.dir(), 'out.fieldnotes');
  await exporter.export({ to: ['HQ'], out, filter: { revisions: true } });
  const opened = await open(out);
  const text = (name: string) => (opened.small.get(name) as Buffer).toString('utf8');
  return { opened, text, falcon, heron, met };
}

describe('what a bundle holds back whatever consent allows', () => {
  it('drops the speaker of a do-not-attribute passage from the entry and its revisions, and from the people it lists', async () => {
    const { text, falcon, met } = await exported();
    const carried = JSON.parse(text(`entries/${met.id}.json`)) as { entry: { statements: { text: string; speaker: unknown }[] }; revisions: { statements: { speaker: unknown }[] }[] };
    expect(carried.entry.statements).toEqual([expect.objectContaining({ text: 'The warden named the officers who beat him.', speaker: null })]);
    expect(carried.revisions.length).toBeGreaterThan(0);
    for (const revision of carried.revisions) expect(revision.statements.every((s) => s.speaker === null)).toBe(true);
    expect(text(`entries/${met.id}.json`)).not.toContain(falcon.id);
  }, 120_000);

  it('carries a typed defendant name only where the linked person may be named', async () => {
    const { opened, text, falcon } = await exported();
    const trialFile = [...opened.small.keys()].find((name) => name.startsWith('entries/') && text(name).includes('"kind": "trial"')) as string;
    const defendants = (JSON.parse(text(trialFile)) as { entry: { hearing: { defendants: { name: string; personId: string | null }[] } } }).entry.hearing.defendants;
    expect(defendants.map((d) => d.name)).toEqual(['', 'Falcon as typed', 'Unlinked as typed']);
    const people = JSON.parse(text('people.json')) as { personId: string; realName?: string }[];
    // Falcon is still listed (and named, with consent) as a defendant; the unconsented name leaves nowhere.
    expect(people.find((p) => p.personId === falcon.id)?.realName).toBe(CONSENTING);
    for (const name of opened.small.keys()) expect(text(name)).not.toContain(UNCONSENTED);
  }, 120_000);
});

describe('a consent withdrawn while a bundle is being written', () => {
  it('stops the export before the bundle takes its name: nothing written, the sequence given back', async () => {
    const { notebook, exporter } = await officerExportingToHq(temp);
    const falcon = notebook.people.create(personInputSchema.parse({ pseudonym: 'Falcon' }), { realName: CONSENTING, contacts: '' });
    const consent = notebook.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent of Falcon', personId: falcon.id, scopes: ['contact-and-meet', 'named-in-hq-reporting'], givenOn: '2026-01-01' }));
    notebook.entries.create(meeting({ title: 'Met at the annex', participantRefs: [{ personId: falcon.id }] }));
    const dir = temp.dir();
    const out = join(dir, 'out.fieldnotes');
    let withdrawn = false;
    const onProgress = () => {
      if (withdrawn) return;
      withdrawn = true;
      notebook.consent.withdraw(consent.id, 'by phone, during the export');
    };
    const refused = await exporter.export({ to: ['HQ'], out, filter: {}, onProgress }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect((refused as Error).message).toMatch(/A consent changed while the bundle was being written/);
    expect(withdrawn).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('out.fieldnotes'))).toEqual([]);
    // Exported again, the withdrawal holds, under the number the failed export gave back.
    const again = await exporter.export({ to: ['HQ'], out, filter: {} });
    expect(again.sequence).toBe(1);
    expect(again.plan.people).toEqual([expect.objectContaining({ personId: falcon.id, named: false })]);
  }, 120_000);
});
