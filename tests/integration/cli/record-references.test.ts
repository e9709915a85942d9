import { beforeAll, describe, expect, it } from 'vitest';
import { expectOneErrorLine, useCliVault } from './run-cli';

describe('fieldnotes entry add / import: links must name records of this notebook', () => {
  const { file, run } = useCliVault();
  let caseId: string;
  const NOWHERE = '00000000-0000-4000-8000-000000000000';
  const kinds = async () => (JSON.parse((await run(['entry', 'list', '--json'])).stdout) as { entries: { kind: string }[] }).entries.map((e) => e.kind);

  beforeAll(async () => {
    const added = await run(['entry', 'add', '--json', file('case.json', JSON.stringify({ kind: 'case', title: 'Case of Falcon' }))]);
    expect(added.code, added.stderr).toBe(0);
    caseId = (JSON.parse(added.stdout) as { id: string }).id;
  });

  it('entry add refuses a hearing whose defender case or defendant is not there (exit 1, one line naming the field)', async () => {
    const noCase = { kind: 'trial', title: 'Hearing', defenderCaseId: NOWHERE };
    expectOneErrorLine(await run(['entry', 'add', '--json', file('t1.json', JSON.stringify(noCase))]), 1, /^fieldnotes: defenderCaseId: no threatened-defender case/);
    const noPerson = { kind: 'trial', title: 'Hearing', hearing: { defendants: [{ name: 'D', personId: NOWHERE }] } };
    expectOneErrorLine(await run(['entry', 'add', '--json', file('t2.json', JSON.stringify(noPerson))]), 1, /^fieldnotes: hearing\.defendants\.0\.personId: no person/);
    expect(await kinds()).toEqual(['case']);
  });

  it('entry import names the line of the refused entry (blank lines counted) and writes none', async () => {
    const lines = [JSON.stringify({ kind: 'trial', title: 'First hearing', defenderCaseId: caseId }), '', JSON.stringify({ kind: 'meeting', title: 'Met', defenderCaseId: NOWHERE })];
    expectOneErrorLine(await run(['entry', 'import', '--jsonl', file('in.jsonl', lines.join('\n'))]), 1, /^fieldnotes: --jsonl line 3: defenderCaseId: no threatened-defender case/);
    expect(await kinds()).toEqual(['case']);
  });
});
