import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { runCli, useCliVault } from './run-cli';

// In process (see runInProcess) except where the bin itself is the point.
describe('fieldnotes entry import, finalize, history and schema', () => {
  const { file, run, ok } = useCliVault();
  const count = async () => contract['entry:list'].output.parse(JSON.parse(await ok(['entry', 'list', '--json']))).total;

  it('imports every line of a JSON-lines file in one go and prints the count; a minimal meeting stays valid', async () => {
    const lines = [
      JSON.stringify({ kind: 'meeting', title: 'Minimal', body: 'Only a title and a body.' }),
      '',
      JSON.stringify({ kind: 'observation', title: 'Assembly dispersed', topics: ['restrictions-on-freedoms'], country: 'Jordan', tags: ['protest'] }),
      JSON.stringify({ title: 'Kind left out: a meeting', followUps: [{ text: 'Send the report', dueOn: '2026-12-10' }] }),
    ];
    const before = await count();
    expect(await ok(['entry', 'import', '--jsonl', file('ok.jsonl', lines.join('\n'))])).toBe('3');
    expect(await count()).toBe(before + 3);
  });

  it('writes nothing when one line fails, and names the line and the field', async () => {
    const before = await count();
    const good = JSON.stringify({ title: 'Fine' });
    const cases: [string, RegExp][] = [
      [`${good}\n${JSON.stringify({ title: 'Typo', participnts: 'x' })}`, /^fieldnotes: --jsonl line 2: unknown field 'participnts' for a meeting entry/],
      [`${good}\n${good}\n{"title": "broken"`, /^fieldnotes: --jsonl line 3 is not valid JSON/],
      [`${good}\n${JSON.stringify({ kind: 'meeting', title: 'x', followUps: [{ text: 'Call', dueOn: 'soon' }] })}`, /^fieldnotes: --jsonl line 2: followUps\.0\.dueOn/],
      [`${good}\n${JSON.stringify({ kind: 'observation', title: 'x', topics: ['weather'] })}`, /^fieldnotes: --jsonl line 2: topics\.0/],
      [`${JSON.stringify({ kind: 'dinner', title: 'x' })}`, /^fieldnotes: --jsonl line 1: kind must be one of/],
    ];
    for (const [content, message] of cases) {
      const result = await run(['entry', 'import', '--jsonl', file('bad.jsonl', content)]);
      expect(result.code, result.stderr).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
    expect(await count()).toBe(before);
  });

  it('finalizes an entry and then lists every version in its history', async () => {
    const added = contract['entry:create'].output.parse(JSON.parse(await ok(['entry', 'add', '--json', file('a.json', JSON.stringify({ title: 'First words' }))])));
    expect(added.status).toBe('draft');
    expect(await ok(['entry', 'finalize', added.id])).toMatch(/is final \(revision 2\)/);
    await ok(['entry', 'edit', added.id, '--json', file('e.json', JSON.stringify({ title: 'Second words' }))]);
    const history = JSON.parse(await ok(['entry', 'history', added.id, '--json'])) as { versions: { revision: number; status: string; title: string }[] };
    expect(history.versions.map((v) => [v.revision, v.status, v.title])).toEqual([
      [1, 'draft', 'First words'],
      [2, 'final', 'First words'],
      [3, 'final', 'Second words'],
    ]);
    expect(await ok(['entry', 'history', added.id])).toMatch(/^3 +.* final +Second words$/m);
    const again = await run(['entry', 'finalize', added.id]);
    expect([again.code, again.stderr]).toEqual([1, 'fieldnotes: This entry is already final.\n']);
  });

  it("prints a kind's JSON Schema through the bin, and refuses an unknown kind", async () => {
    const printed = await runCli(['schema', 'meeting']);
    expect(printed.code, printed.stderr).toBe(0);
    const schema = JSON.parse(printed.stdout) as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'body', 'tags', 'topics', 'followUps', 'statements']));
    expect(schema.required).toEqual(['kind', 'title']);
    const unknown = await runCli(['schema', 'dinner']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/KIND must be one of/);
  });
});
