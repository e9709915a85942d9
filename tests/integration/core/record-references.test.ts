import { describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../../shared/domain/kinds/case';
import { meetingInputSchema } from '../../../shared/domain/kinds/meeting';
import { trialInputSchema } from '../../../shared/domain/kinds/trial';
import { personInputSchema } from '../../../shared/domain/people';
import { thrown } from '../../support/app-error';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();
const NOWHERE = '00000000-0000-4000-8000-000000000000';

const trial = (fields: Record<string, unknown>) => trialInputSchema.parse({ kind: 'trial', title: 'Hearing', ...fields });
const meeting = (fields: Record<string, unknown>) => meetingInputSchema.parse({ kind: 'meeting', title: 'Met the lawyer', ...fields });
const defendant = (personId: string | null) => ({ hearing: { defendants: [{ name: 'Defendant', personId: null }, { name: '', personId }] } });

async function notebookWithRecords() {
  const { notebook } = await temp.unlockedNotebook();
  const heron = notebook.people.create(personInputSchema.parse({ pseudonym: 'Heron' }), { realName: '', contacts: '' });
  const theCase = notebook.entries.create(caseInputSchema.parse({ kind: 'case', title: 'Case of Heron', defenderId: heron.id }));
  const other = notebook.entries.create(meeting({}));
  return { notebook, heron, theCase, other };
}

describe('a hearing names only records the notebook holds', () => {
  it('refuses a defenderCaseId that names no case, or an entry of another kind, naming the field, and writes nothing', async () => {
    const { notebook, other } = await notebookWithRecords();
    for (const id of [NOWHERE, other.id]) {
      const error = thrown(() => notebook.entries.create(trial({ defenderCaseId: id })));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(/^defenderCaseId: no threatened-defender case/);
    }
    expect(notebook.entries.list({ kind: 'trial', limit: 10, offset: 0 }).total).toBe(0);
  });

  it("refuses a defendant's personId that is in no People record, naming the defendant's field", async () => {
    const { notebook } = await notebookWithRecords();
    const error = thrown(() => notebook.entries.create(trial(defendant(NOWHERE))));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^hearing\.defendants\.1\.personId: no person or organisation/);
  });

  it('takes existing links, and checks a link when an update adds it', async () => {
    const { notebook, heron, theCase } = await notebookWithRecords();
    const saved = notebook.entries.create(trial({ defenderCaseId: theCase.id, ...defendant(heron.id) }));
    expect(saved).toMatchObject({ defenderCaseId: theCase.id });
    const bad = thrown(() => notebook.entries.update(saved.id, saved.revision, trial({ defenderCaseId: theCase.id, ...defendant(NOWHERE) })));
    expect(bad.message).toMatch(/^hearing\.defendants\.1\.personId: /);
    expect(notebook.entries.get(saved.id).revision).toBe(1);
  });

  it('keeps a hearing editable after its case was deleted: only a link the write adds is checked', async () => {
    const { notebook, theCase } = await notebookWithRecords();
    const saved = notebook.entries.create(trial({ defenderCaseId: theCase.id }));
    notebook.entries.delete(theCase.id, theCase.revision);
    const edited = notebook.entries.update(saved.id, saved.revision, trial({ title: 'Hearing, corrected', defenderCaseId: theCase.id }));
    expect(edited.revision).toBe(2);
  });

  it('an import is all or nothing and says which of its entries failed', async () => {
    const { notebook, theCase } = await notebookWithRecords();
    const error = thrown(() => notebook.entries.createMany([trial({ defenderCaseId: theCase.id }), trial({ defenderCaseId: NOWHERE })]));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.message).toMatch(/^entries\.1: defenderCaseId: /);
    expect(notebook.entries.list({ kind: 'trial', limit: 10, offset: 0 }).total).toBe(0);
  });
});

describe('a meeting names only records the notebook holds', () => {
  it('refuses a defenderCaseId, a participant or a speaker that is not there, naming each field', async () => {
    const { notebook, heron, theCase } = await notebookWithRecords();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ defenderCaseId: NOWHERE }, /^defenderCaseId: no threatened-defender case/],
      [{ participantRefs: [{ personId: heron.id }, { personId: NOWHERE }] }, /^participantRefs\.1\.personId: no person or organisation/],
      [{ statements: [{ text: 'We were followed.', speaker: { personId: NOWHERE } }] }, /^statements\.0\.speaker\.personId: no person or organisation/],
    ];
    for (const [fields, message] of cases) {
      const error = thrown(() => notebook.entries.create(meeting(fields)));
      expect(error.code).toBe('INVALID_INPUT');
      expect(error.message).toMatch(message);
    }
    const linked = notebook.entries.create(meeting({ defenderCaseId: theCase.id, participantRefs: [{ personId: heron.id }], statements: [{ text: 'Said', speaker: { personId: heron.id } }] }));
    expect(linked).toMatchObject({ defenderCaseId: theCase.id });
  });
});
