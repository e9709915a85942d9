import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { arabicParagraphs } from '../../support/arabic-corpus';
import { PASSPHRASE, expectOneErrorLine, runCli, runInProcess, useTempDir } from './run-cli';

/** One sentence of the guidelines, long enough to hold a distinctive word. */
function arabicSentence(): { sentence: string; word: string } {
  for (const paragraph of arabicParagraphs()) {
    for (const sentence of paragraph.split(/[.؟!\n]/)) {
      const words = sentence.trim().split(/\s+/);
      const word = words.find((w) => /^[\u0621-\u064A]{7,}$/.test(w));
      if (word && words.length >= 8) return { sentence: sentence.trim(), word };
    }
  }
  throw new Error('no Arabic sentence found in guidelines-ar.txt');
}

// In process (see runInProcess) but for one case that runs the bin and the npm script.
describe('fieldnotes CLI: create → add → list → show → search', () => {
  const tempDir = useTempDir();
  const zone = process.env.TZ;
  afterAll(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });
  let vault: string;
  let env: Record<string, string>;
  let latinId: string;
  let arabicId: string;
  const arabic = arabicSentence();

  beforeAll(async () => {
    process.env.TZ = 'Europe/Paris'; // +01:00 in March: the shown times are local, with their offset
    const dir = tempDir();
    vault = join(dir, 'vault');
    env = { FIELDNOTES_VAULT: vault, FIELDNOTES_PASSPHRASE: PASSPHRASE };

    const created = await runInProcess(['vault', 'create'], { env });
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`Created vault in ${vault}`);
    expect(created.stdout).toMatch(/argon2id v13, 64 MiB, 3 passes, parallelism 4/);

    const latin = await runInProcess(
      [
        'entry', 'add', '--kind', 'meeting', '--title', 'Meeting with a coalition of land defenders',
        '--body', 'They reported harassment after the hearing.\nFollow-up with the legal team.',
        '--occurred-at', '2026-03-01T14:30:00+02:00', '--location', 'Mission annex',
        '--counterpart', 'coalition', '--participants', 'Two members (pseudonyms)',
      ],
      { env },
    );
    expect(latin.code, latin.stderr).toBe(0);
    latinId = latin.stdout.trim();
    expect(contract['entry:get'].input.safeParse({ id: latinId }).success).toBe(true);

    // The Arabic note arrives through --body-file, the way a script would pass a long text.
    const bodyFile = join(dir, 'note-ar.txt');
    writeFileSync(bodyFile, `\uFEFF${arabic.sentence}\n`);
    const ar = await runInProcess(['entry', 'add', '--kind', 'meeting', '--title', 'لقاء مع المدافعين عن حقوق الإنسان', '--body-file', bodyFile, '--json'], { env });
    expect(ar.code, ar.stderr).toBe(0);
    const entry = contract['entry:create'].output.parse(JSON.parse(ar.stdout));
    expect(entry.body).toBe(`${arabic.sentence}\n`); // BOM dropped, text otherwise exact
    arabicId = entry.id;
  });

  it('lists entries as a table, Arabic titles as-is', async () => {
    const result = await runInProcess(['entry', 'list'], { env });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+KIND\s+OCCURRED\s+FACTS\s+TITLE$/);
    expect(result.stdout).toContain(`${latinId}  meeting  2026-03-01 13:30 +01:00`);
    expect(result.stdout).toContain('لقاء مع المدافعين عن حقوق الإنسان');
    expect(result.stderr).toBe('');
  });

  it('lists as the contract output with --json, and filters by kind', async () => {
    const all = contract['entry:list'].output.parse(JSON.parse((await runInProcess(['entry', 'list', '--json'], { env })).stdout));
    expect(all.total).toBe(2);
    expect(all.entries.map((e) => e.id).sort()).toEqual([latinId, arabicId].sort());
    const trials = contract['entry:list'].output.parse(JSON.parse((await runInProcess(['entry', 'list', '--kind', 'trial', '--json'], { env })).stdout));
    expect(trials).toMatchObject({ entries: [], total: 0 });
  });

  it('shows one entry in local time with its offset; JSON keeps UTC', async () => {
    const text = await runInProcess(['entry', 'show', latinId], { env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Title:\s+Meeting with a coalition of land defenders$/m);
    expect(text.stdout).toMatch(/^Occurred:\s+2026-03-01 13:30 \+01:00$/m);
    expect(text.stdout).toContain('They reported harassment after the hearing.\nFollow-up with the legal team.');

    const json = contract['entry:get'].output.parse(JSON.parse((await runInProcess(['entry', 'show', latinId, '--json'], { env })).stdout));
    expect(json).toMatchObject({ id: latinId, occurredAt: '2026-03-01T12:30:00.000Z', counterpartType: 'coalition', revision: 1 });
  });

  it('searches Latin text, marking hits with brackets when stdout is not a terminal', async () => {
    const result = await runInProcess(['search', 'harassment'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^1 match for "harassment"\.$/m);
    expect(result.stdout).toContain('[harassment]');
    expect(result.stdout).toContain(latinId);
    expect(result.stdout).not.toContain('\u001b');

    const json = contract['search:query'].output.parse(JSON.parse((await runInProcess(['search', 'harassment', '--json', '--limit', '5'], { env })).stdout));
    expect(json.hits.map((h) => h.id)).toEqual([latinId]);
    expect(json.hits[0]?.snippet.some((s) => s.hit && /harassment/i.test(s.text))).toBe(true);
  });

  it('searches Arabic text and prints it unshaped', async () => {
    const json = contract['search:query'].output.parse(JSON.parse((await runInProcess(['search', arabic.word, '--json'], { env })).stdout));
    expect(json.hits.map((h) => h.id)).toEqual([arabicId]);
    const hit = json.hits[0]?.snippet.find((s) => s.hit);
    expect(hit?.text).toContain(arabic.word.slice(0, 4));

    const text = await runInProcess(['search', arabic.word], { env });
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toContain(`[${hit?.text ?? ''}]`);
    expect(text.stdout).toContain(arabicId);
  });

  it('reports no matches plainly', async () => {
    const result = await runInProcess(['search', 'zzyzx'], { env });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe('No matches for "zzyzx".');
  });

  it('checks the vault: integrity, counts, KDF parameters and no secret material', async () => {
    const result = await runInProcess(['vault', 'check'], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Integrity:\s+ok$/m);
    expect(result.stdout).toMatch(/^Entries:\s+2 \(meeting 2, trial 0, consent 0, case 0, observation 0\)$/m);
    expect(result.stdout).toMatch(/^Key derivation:\s+argon2id v13, 64 MiB, 3 passes, parallelism 4$/m);

    const json = JSON.parse((await runInProcess(['vault', 'check', '--json'], { env })).stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ integrity: ['ok'], counts: { meeting: 2, trial: 0, consent: 0 }, schemaVersion: expect.any(Number) as unknown });
    expect(JSON.stringify(json)).not.toMatch(/salt|wrappedKey|ciphertext/i);
  });

  it('neutralises terminal control characters in note text (escape injection)', async () => {
    const dir = tempDir();
    const own = { FIELDNOTES_VAULT: join(dir, 'v'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    expect((await runInProcess(['vault', 'create'], { env: own })).code).toBe(0);
    const added = await runInProcess(['entry', 'add', '--kind', 'meeting', '--title', 'evil \u001b]0;pwned\u0007 title', '--body', 'x\u001b[2Jy'], { env: own });
    expect(added.code, added.stderr).toBe(0);
    const list = await runInProcess(['entry', 'list'], { env: own });
    expect(list.stdout).not.toContain('\u001b');
    expect(list.stdout).toContain('evil \uFFFD]0;pwned\uFFFD title');
    const show = await runInProcess(['entry', 'show', added.stdout.trim()], { env: own });
    expect(show.stdout).not.toContain('\u001b');
    // JSON keeps the text exactly (escaped by JSON itself).
    const json = contract['entry:get'].output.parse(JSON.parse((await runInProcess(['entry', 'show', added.stdout.trim(), '--json'], { env: own })).stdout));
    expect(json.body).toBe('x\u001b[2Jy');
  });

  it('takes --vault over FIELDNOTES_VAULT and runs through the bin and npm script', async () => {
    const viaOption = await runInProcess(['entry', 'list', '--json', '--vault', vault], { env: { FIELDNOTES_PASSPHRASE: PASSPHRASE } });
    expect(contract['entry:list'].output.parse(JSON.parse(viaOption.stdout)).total).toBe(2);

    // From another directory, as an installed command runs: imports and tsconfig resolve from the package.
    const viaBin = await runCli(['--vault', vault, 'search', 'harassment', '--json'], { env: { FIELDNOTES_PASSPHRASE: PASSPHRASE }, cwd: tempDir() });
    expect(viaBin.code, viaBin.stderr).toBe(0);
    expect(contract['search:query'].output.parse(JSON.parse(viaBin.stdout)).hits).toHaveLength(1);

    const viaNpm = await runCli(['run', '--silent', 'fieldnotes', '--', 'entry', 'show', '--help'], { command: ['npm'] });
    expect(viaNpm.code, viaNpm.stderr).toBe(0);
    expect(viaNpm.stdout).toMatch(/^Usage: fieldnotes entry show ID/);
    // --silent keeps npm's own error banner away: the CLI's one line is all stderr holds.
    expectOneErrorLine(await runCli(['run', '--silent', 'fieldnotes', '--', 'entry'], { command: ['npm'] }), 2, /missing command after 'entry'/);
  });

  it('refuses to create a second vault in the same folder before asking anything', async () => {
    expectOneErrorLine(await runInProcess(['vault', 'create'], { env }), 1, /a vault already exists in /);
  });

  it('says NOT_FOUND for an unknown id with exit 1', async () => {
    const result = await runInProcess(['entry', 'show', '00000000-0000-4000-8000-000000000000'], { env });
    expectOneErrorLine(result, 1, /./);
  });
});
