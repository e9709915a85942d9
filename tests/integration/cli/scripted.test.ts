import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { NEXT_PASSPHRASE, PASSPHRASE, createVaultFromFile, expectOneErrorLine, runCli, secretFile, useTempDir } from './run-cli';

/** Note text with a Latin and an Arabic name, from stdin and files only (never argv). */
const NOTE = {
  title: 'لقاء مع المدافعة سلمى',
  participants: 'Salma Haddad; سلمى حداد',
  location: 'مكتب الجمعية، الطابق الثاني',
  body: 'They reported harassment after the hearing.\nتحدثت عن المضايقات بعد الجلسة.',
  occurredAt: '2026-03-01T14:30:00+02:00',
  counterpartType: 'hrd',
};

describe('fieldnotes CLI for scripts: entries and queries from files, passphrases from a descriptor or a file', () => {
  const tempDir = useTempDir();
  let dir: string;
  let env: Record<string, string | undefined>;
  let passphraseFile: string;

  const viaFd = (args: string[], input?: string) => runCli([...args, '--passphrase-fd', '3'], { env, fd3: `${PASSPHRASE}\n`, input });

  beforeAll(async () => {
    dir = tempDir();
    env = { FIELDNOTES_VAULT: join(dir, 'vault'), FIELDNOTES_PASSPHRASE: undefined };
    passphraseFile = await createVaultFromFile(env, dir);
  });

  it('adds an entry from JSON on stdin, shows it, and adds the shown JSON back as a new entry', async () => {
    const added = await viaFd(['entry', 'add', '--json', '-'], JSON.stringify(NOTE));
    expect(added.code, added.stderr).toBe(0);
    const first = contract['entry:create'].output.parse(JSON.parse(added.stdout));
    expect(first).toMatchObject({ ...NOTE, kind: 'meeting', occurredAt: '2026-03-01T12:30:00.000Z' });

    const shown = await viaFd(['entry', 'show', first.id, '--json']);
    expect(shown.code, shown.stderr).toBe(0);
    const file = join(dir, 'shown.json');
    writeFileSync(file, shown.stdout);
    const again = await viaFd(['entry', 'add', '--json', file]);
    expect(again.code, again.stderr).toBe(0);
    const second = contract['entry:create'].output.parse(JSON.parse(again.stdout));
    // The shown id, revision and timestamps were ignored: a new entry with the same fields.
    expect(second).toMatchObject({ ...NOTE, occurredAt: first.occurredAt, revision: 1 });
    expect(second.id).not.toBe(first.id);
  });

  it('refuses an unknown field and invalid JSON with one line, writing nothing', async () => {
    const before = await viaFd(['entry', 'list', '--json']);
    const total = contract['entry:list'].output.parse(JSON.parse(before.stdout)).total;
    expectOneErrorLine(await viaFd(['entry', 'add', '--json', '-'], JSON.stringify({ ...NOTE, witness: 'x' })), 2, /unknown field 'witness'/);
    expectOneErrorLine(await viaFd(['entry', 'add', '--json', '-'], '{"title": "سلمى"'), 2, /standard input is not valid JSON/);
    const after = await viaFd(['entry', 'list', '--json']);
    expect(contract['entry:list'].output.parse(JSON.parse(after.stdout)).total).toBe(total);
  });

  it('searches with the query from stdin or a file, Arabic included', async () => {
    const fromStdin = await runCli(['search', '--query-file', '-', '--json', '--passphrase-file', passphraseFile], { env, input: 'سلمى\n' });
    expect(fromStdin.code, fromStdin.stderr).toBe(0);
    expect(contract['search:query'].output.parse(JSON.parse(fromStdin.stdout)).total).toBeGreaterThanOrEqual(1);
    const queryFile = join(dir, 'query.txt');
    writeFileSync(queryFile, 'Haddad\n');
    const fromFile = await viaFd(['search', '--query-file', queryFile]);
    expect(fromFile.code, fromFile.stderr).toBe(0);
    expect(fromFile.stdout).toMatch(/matches? for "Haddad"\./);
  });

  it('refuses a passphrase file others can read, naming the fix', async () => {
    const open = secretFile(dir, 'open-passphrase', PASSPHRASE, 0o644);
    expectOneErrorLine(await runCli(['entry', 'list', '--passphrase-file', open], { env }), 1, /open-passphrase: mode 0644 lets others read or change it \(chmod 600 it\)\.$/);
  });

  it('changes the passphrase (then re-encrypts with --rekey): the old one stops working, the new one works', async () => {
    const changed = await runCli(['vault', 'passphrase', '--passphrase-file', passphraseFile, '--new-passphrase-fd', '3'], { env, fd3: NEXT_PASSPHRASE });
    expect(changed.code, changed.stderr).toBe(0);
    expect(changed.stdout.trim()).toBe('Passphrase changed.');
    expectOneErrorLine(await viaFd(['entry', 'list']), 1, /^fieldnotes: Wrong passphrase\./);
    const next = secretFile(dir, 'next-passphrase', NEXT_PASSPHRASE);
    expect((await runCli(['entry', 'list', '--passphrase-file', next], { env })).code).toBe(0);

    const rekeyed = await runCli(['vault', 'passphrase', '--rekey', '--passphrase-file', next], {
      env: { ...env, FIELDNOTES_NEW_PASSPHRASE: PASSPHRASE },
    });
    expect(rekeyed.code, rekeyed.stderr).toBe(0);
    expect(rekeyed.stderr).toMatch(/^fieldnotes: re-encrypting the whole notebook under a new key; this can take a while\.$/m);
    expect(rekeyed.stderr).toMatch(/^fieldnotes: copying the notebook under the new key…$/m);
    expectOneErrorLine(await runCli(['entry', 'list', '--passphrase-file', next], { env }), 1, /Wrong passphrase/);
    const list = await viaFd(['entry', 'list', '--json']);
    expect(list.code, list.stderr).toBe(0);
    expect(contract['entry:list'].output.parse(JSON.parse(list.stdout)).entries.map((e) => e.title)).toContain(NOTE.title);
  });
});

describe('fieldnotes vault purge', () => {
  const tempDir = useTempDir();

  it('destroys the vault without a passphrase, only with the exact confirmation', async () => {
    const vault = join(tempDir(), 'vault');
    const env = { FIELDNOTES_VAULT: vault, FIELDNOTES_PASSPHRASE: PASSPHRASE };
    expect((await runCli(['vault', 'create'], { env })).code).toBe(0);
    const noPassphrase = { FIELDNOTES_VAULT: vault };
    expectOneErrorLine(await runCli(['vault', 'purge', '--confirm', 'destroy'], { env: noPassphrase }), 2, /needs --confirm "destroy this vault"/);
    expect(existsSync(join(vault, 'notebook.db'))).toBe(true);

    const purged = await runCli(['vault', 'purge', '--confirm', 'destroy this vault'], { env: noPassphrase });
    expect(purged.code, purged.stderr).toBe(0);
    expect(purged.stdout.trim()).toBe(`Destroyed the vault in ${vault}.`);
    expect(existsSync(join(vault, 'notebook.db'))).toBe(false);
    expectOneErrorLine(await runCli(['entry', 'list'], { env }), 1, /no vault in /);
    expectOneErrorLine(await runCli(['vault', 'purge', '--confirm', 'destroy this vault'], { env: noPassphrase }), 1, /no vault in /);
  });
});
