import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { runInProcess, useCliVault } from './run-cli';

// In process (see runInProcess): every case unlocks a real vault, none needs a Node start.
describe('fieldnotes entry edit, rm and redact; IDs by prefix; times in local time', () => {
  const zone = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Amman'; // UTC+3 all year: local times below are unambiguous
  });
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  const { env, file, run, ok } = useCliVault();
  const add = async (fields: object) => contract['entry:create'].output.parse(JSON.parse(await ok(['entry', 'add', '--json', file('add.json', JSON.stringify(fields))])));

  it('reads a local date and shows every time in local time with its offset', async () => {
    const entry = await add({ title: 'Local', occurredAt: '2026-03-14T10:30' });
    expect(entry.occurredAt).toBe('2026-03-14T07:30:00.000Z');
    expect(await ok(['entry', 'show', entry.id])).toMatch(/^Occurred: +2026-03-14 10:30 \+03:00$/m);
    expect(await ok(['entry', 'list'])).toMatch(new RegExp(`^${entry.id} +meeting +2026-03-14 10:30 \\+03:00 `, 'm'));
    const dated = await ok(['entry', 'add', '--title', 'T', '--occurred-at', '2026-03-14', '--json']);
    expect(JSON.parse(dated)).toMatchObject({ occurredAt: '2026-03-13T21:00:00.000Z' });
  });

  it('finds an entry by a unique prefix of 8 characters or more, and refuses a short or unknown one', async () => {
    const entry = await add({ title: 'Prefixed' });
    expect(await ok(['entry', 'show', entry.id.slice(0, 8)])).toMatch(/^Title: +Prefixed$/m);
    expect(await ok(['entry', 'show', entry.id.slice(0, 13).toUpperCase()])).toMatch(/^Title: +Prefixed$/m);
    const short = await run(['entry', 'show', entry.id.slice(0, 7)]);
    expect([short.code, short.stderr]).toEqual([2, "fieldnotes: ID: give at least 8 characters of the entry's ID (got 7).\n"]);
    const unknown = await run(['entry', 'show', entry.id.startsWith('0') ? 'ffffffff' : '00000000']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^fieldnotes: no entry has an ID starting with (ffffffff|00000000)\.\n$/);
    const garbled = await run(['entry', 'show', 'not-an-id']);
    expect([garbled.code, garbled.stderr]).toEqual([2, "fieldnotes: ID: 'not-an-id' is not an entry ID (as 'entry list' prints it, e.g. 3f2b8c1e-…).\n"]);
  });

  it('says how many entries an ambiguous prefix matches', async () => {
    const { resolveEntryId } = await import('../../../electron/cli/commands/entry-id');
    const ids = ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-1111-4000-8000-000000000002', 'bbbbbbbb-0000-4000-8000-000000000003'];
    // Two pages, joined by the cursor entry:list hands back: a match on the second page still counts.
    const pages: Record<string, { entries: { id: string }[]; nextCursor: string | null }> = {
      first: { entries: ids.slice(0, 1).map((id) => ({ id })), nextCursor: 'second' },
      second: { entries: ids.slice(1).map((id) => ({ id })), nextCursor: null },
    };
    const session = { call: (_channel: string, query: { after?: string }) => Promise.resolve({ ...pages[query.after ?? 'first'], total: ids.length }) };
    const lookup = (prefix: string) => resolveEntryId(session as never, { kind: 'prefix', prefix });
    await expect(lookup('aaaaaaaa')).rejects.toThrow("ID: 2 entries have IDs starting with aaaaaaaa; give more of the ID.");
    await expect(lookup('aaaaaaaa-1')).resolves.toBe(ids[1]);
  });

  it('edits: a new revision with the JSON laid over the current entry; a stale or foreign JSON is refused', async () => {
    const entry = await add({ title: 'Before', body: 'Body kept', location: 'Annex' });
    const edited = contract['entry:update'].output.parse(JSON.parse(await ok(['entry', 'edit', entry.id.slice(0, 8), '--json', file('edit.json', '{"title":"After","location":null}')])));
    expect(edited).toMatchObject({ id: entry.id, revision: 2, title: 'After', body: 'Body kept', location: '' });

    const shown = await ok(['entry', 'show', entry.id, '--json']);
    const again: unknown = JSON.parse(await ok(['entry', 'edit', entry.id, '--json', file('shown.json', shown.replace('"Body kept"', '"Body changed"'))]));
    expect(again).toMatchObject({ revision: 3, body: 'Body changed' });

    const same = await run(['entry', 'edit', entry.id, '--json', file('same.json', '{"title":"After","body":"Body changed"}')]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toBe(`fieldnotes: nothing to change; entry ${entry.id} stays at revision 3.\n`);
    expect(JSON.parse(same.stdout)).toMatchObject({ revision: 3 });

    const stale = await run(['entry', 'edit', entry.id, '--json', file('stale.json', shown)]);
    expect([stale.code, stale.stderr]).toEqual([1, `fieldnotes: entry ${entry.id} is at revision 3, but the JSON was taken from revision 2: show it again and edit that.\n`]);
    const other = await add({ title: 'Other' });
    const foreign = await run(['entry', 'edit', other.id, '--json', file('foreign.json', shown)]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain(`the file is entry ${entry.id}, not ${other.id}`);
  });

  it('refuses an edit the contract would refuse, in plain words and naming the JSON field', async () => {
    const entry = await add({ title: 'Plain' });
    const cases: [string, RegExp][] = [
      ['{"title":""}', /^fieldnotes: --json: title: must not be empty\.\n$/],
      ['{"counterpartType":"spy"}', /^fieldnotes: --json: counterpartType: must be one of: local-cso, hrd, /],
      ['{"occurredAt":"2026-02-30"}', /^fieldnotes: --json: occurredAt: '2026-02-30' is not a date or does not exist; use /],
      ['{"mood":"calm"}', /^fieldnotes: --json: unknown field 'mood'/],
      ['{"kind":"trial"}', /^fieldnotes: --json: kind: an entry cannot change its kind \(this one is a meeting\)\.\n$/],
    ];
    for (const [json, pattern] of cases) {
      const result = await run(['entry', 'edit', entry.id, '--json', file('bad.json', json)]);
      expect(result.code, json).toBe(2);
      expect(result.stderr, json).toMatch(pattern);
    }
    const missing = await run(['entry', 'edit', entry.id]);
    expect(missing.stderr).toMatch(/^fieldnotes: missing --json F\|- \(the changed fields\)\./);
  });

  it('redacts a passage given by file from the entry, its revisions and the index; never takes it from argv', async () => {
    const canary = 'Canary-Qx7 Defender';
    const entry = await add({ title: `Met ${canary}`, body: `${canary} spoke first.` });
    await ok(['entry', 'edit', entry.id, '--json', file('rev.json', JSON.stringify({ participants: canary }))]);
    const passage = file('passage.txt', `${canary}\n`);
    expect(await ok(['entry', 'redact', entry.id.slice(0, 8), '--passage-file', passage])).toMatch(new RegExp(`^Redacted entry ${entry.id} \\(now revision 3\\)`));
    const shown = await ok(['entry', 'show', entry.id, '--json']);
    expect(shown).not.toContain('Canary-Qx7');
    expect(await ok(['search', '--query-file', file('q.txt', 'Canary-Qx7'), '--json'])).toMatch(/"total": 0/);

    const absent = await run(['entry', 'redact', entry.id, '--passage-file', passage]);
    expect(absent.code).toBe(1);
    // A passage given as an argument is refused without being quoted back into a log.
    const argv = await run(['entry', 'redact', entry.id, 'Canary-Qx7']);
    expect(argv.code).toBe(2);
    expect(argv.stderr).toMatch(/^fieldnotes: entry redact takes the ID alone: the passage comes from --passage-file F or - /);
    expect(argv.stderr).not.toContain('Canary');
    expect((await run(['entry', 'redact', entry.id])).stderr).toMatch(/missing --passage-file F\|- \(the exact passage to remove\)/);
    expect((await run(['entry', 'redact', entry.id, '--passage-file', file('empty.txt', '\n')])).stderr).toMatch(/holds no passage/);
  });

  it('deletes an entry: gone from show, list and search; a second rm says it is not there', async () => {
    const entry = await add({ title: 'To delete', body: 'Zebracrossing-9' });
    expect(await ok(['entry', 'rm', entry.id.slice(0, 10)])).toMatch(new RegExp(`^Deleted entry ${entry.id}: `));
    expect((await run(['entry', 'show', entry.id])).code).toBe(1);
    expect(await ok(['entry', 'list'])).not.toContain(entry.id);
    expect(await ok(['search', '--query-file', file('z.txt', 'Zebracrossing-9'), '--json'])).toMatch(/"total": 0/);
    expect((await run(['entry', 'rm', entry.id])).code).toBe(1);
  });

  it('says a file given as the vault folder is a file, pointing at its folder', async () => {
    const header = join(env.FIELDNOTES_VAULT ?? '', 'vault.header');
    const result = await runInProcess(['entry', 'list', '--vault', header], { env });
    expect([result.code, result.stderr]).toEqual([2, `fieldnotes: ${header} is a file, not a vault folder. Did you mean its folder, ${env.FIELDNOTES_VAULT}?\n`]);
  });

  it('prints its version', async () => {
    const version = await run(['--version']);
    expect([version.code, version.stdout]).toEqual([0, expect.stringMatching(/^fieldnotes \d+\.\d+\.\d+\n$/)]);
  });
});
