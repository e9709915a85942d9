import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSPHRASE, expectOneErrorLine, runInProcess, useTempDir } from './run-cli';

describe('fieldnotes entry add / import: links must name records of this notebook', () => {
  const tempDir = useTempDir();
  let env: Record<string, string>;
  let caseId: string;
  const NOWHERE = '00000000-0000-4000-8000-000000000000';
  const file = (name: string, content: string) => {
    const path = join(tempDir(), name);
    writeFileSync(path, content);
    return path;
  };
  const kinds = async () => (JSON.parse((await runInProcess(['entry', 'list', '--json'], { env })).stdout) as { entries: { kind: string }[] }).entries.map((e) => e.kind);

  beforeAll(async () => {
    env = { FIELDNOTES_VAULT: join(tempDir(), 'vault'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    expect((await runInProcess(['vault', 'create'], { env })).code).toBe(0);
    const added = await runInProcess(['entry', 'add', '--json', file('case.json', JSON.stringify({ kind: 'case', title: 'Case of Falcon' }))], { env });
    expect(added.code, added.stderr).toBe(0);
    caseId = (JSON.parse(added.stdout) as { id: string }).id;
  });

  it('entry add refuses a hearing whose defender case or defendant is not there (exit 1, one line naming the field)', async () => {
    const noCase = { kind: 'trial', title: 'Hearing', defenderCaseId: NOWHERE };
    expectOneErrorLine(await runInProcess(['entry', 'add', '--json', file('t1.json', JSON.stringify(noCase))], { env }), 1, /^fieldnotes: defenderCaseId: no threatened-defender case/);
    const noPerson = { kind: 'trial', title: 'Hearing', hearing: { defendants: [{ name: 'D', personId: NOWHERE }] } };
    expectOneErrorLine(await runInProcess(['entry', 'add', '--json', file('t2.json', JSON.stringify(noPerson))], { env }), 1, /^fieldnotes: hearing\.defendants\.0\.personId: no person/);
    expect(await kinds()).toEqual(['case']);
  });

  it('entry import names the line of the refused entry (blank lines counted) and writes none', async () => {
    const lines = [JSON.stringify({ kind: 'trial', title: 'First hearing', defenderCaseId: caseId }), '', JSON.stringify({ kind: 'meeting', title: 'Met', defenderCaseId: NOWHERE })];
    expectOneErrorLine(await runInProcess(['entry', 'import', '--jsonl', file('in.jsonl', lines.join('\n'))], { env }), 1, /^fieldnotes: --jsonl line 3: defenderCaseId: no threatened-defender case/);
    expect(await kinds()).toEqual(['case']);
  });
});
