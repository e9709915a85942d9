import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateAgeIdentity } from '../../../electron/core/bundle/age/x25519';
import { formatMinisignPublicKey, generateMinisignKey } from '../../../electron/core/bundle/minisign/minisign';
import { expectOneErrorLine, PASSPHRASE, runCli, useTempDir } from './run-cli';

// Headquarters through the bin: `bundle import` verifies before it writes, says plainly what
// happened (imported, already imported, REPLAYED sequence N), and `bundle arrivals` shows
// per officer what arrived, what is missing and what came twice.
describe('bundle import and bundle arrivals', () => {
  const tempDir = useTempDir();
  let dir: string;
  const officer = () => ({ FIELDNOTES_VAULT: join(dir, 'officer'), FIELDNOTES_PASSPHRASE: PASSPHRASE });
  const hq = () => ({ FIELDNOTES_VAULT: join(dir, 'hq'), FIELDNOTES_PASSPHRASE: PASSPHRASE });
  const ok = async (args: string[], env: Record<string, string>) => {
    const result = await runCli(args, { env });
    expect(result.code, result.stderr).toBe(0);
    return result.stdout;
  };
  const keys = () => ['--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'stranger.pub'), '--signer', join(dir, 'officer.pub')];
  const arrivals = async () => JSON.parse(await ok(['bundle', 'arrivals', '--json'], hq())) as unknown;

  beforeAll(async () => {
    dir = tempDir();
    const key = generateAgeIdentity();
    writeFileSync(join(dir, 'hq.txt'), `${key.identity}\n`);
    writeFileSync(join(dir, 'stranger.pub'), formatMinisignPublicKey(generateMinisignKey()));
    writeFileSync(join(dir, 'note.json'), JSON.stringify({ kind: 'meeting', title: 'Annex meeting' }));
    await ok(['vault', 'create'], officer());
    await ok(['entry', 'add', '--json', join(dir, 'note.json')], officer());
    await ok(['recipient', 'add', 'HQ desk', key.recipient, '--verified'], officer());
    await ok(['identity', 'export', '--out', join(dir, 'officer.pub')], officer());
    await ok(['export', '--to', 'HQ desk', '--out', join(dir, '1.fieldnotes')], officer());
    // A restored backup of the officer's vault will number its next bundle 2 again.
    cpSync(join(dir, 'officer'), join(dir, 'backup'), { recursive: true });
    await ok(['export', '--to', 'HQ desk', '--out', join(dir, '2.fieldnotes')], officer());
    await ok(['export', '--to', 'HQ desk', '--out', join(dir, '2-again.fieldnotes')], { ...officer(), FIELDNOTES_VAULT: join(dir, 'backup') });
    await ok(['vault', 'create'], hq());
  }, 180_000);

  it('imports once, with the trusted key chosen among several; the second time nothing changes', async () => {
    const first = await ok(['bundle', 'import', join(dir, '1.fieldnotes'), ...keys()], hq());
    expect(first).toMatch(/Result:\s+imported\n/);
    expect(first).toMatch(/Sequence:\s+1\n/);
    expect(first).toMatch(/Entries imported:\s+1\n/);
    const again = await ok(['bundle', 'import', join(dir, '1.fieldnotes'), ...keys()], hq());
    expect(again).toMatch(/Result:\s+already imported: nothing changed/);
    expect(again).toMatch(/Entries imported:\s+0\n/);
    expect(await arrivals()).toMatchObject([{ arrived: [1], missing: [], replayed: [] }]);
  }, 60_000);

  it('a refused bundle exits 1 with one line naming what failed, and imports nothing', async () => {
    const truncated = join(dir, 'truncated.fieldnotes');
    const bytes = readFileSync(join(dir, '2.fieldnotes'));
    writeFileSync(truncated, bytes.subarray(0, bytes.length - 100));
    expectOneErrorLine(await runCli(['bundle', 'import', truncated, ...keys()], { env: hq() }), 1, /bundle import: BUNDLE_TAMPERED: /);
    const unsigned = await runCli(['bundle', 'import', join(dir, '2.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'stranger.pub')], { env: hq() });
    expectOneErrorLine(unsigned, 1, /bundle import: UNKNOWN_SIGNER: /);
    expectOneErrorLine(await runCli(['bundle', 'import', join(dir, '2.fieldnotes'), '--identity', join(dir, 'hq.txt')], { env: hq() }), 2, /missing --signer/);
    expect(await arrivals()).toMatchObject([{ arrived: [1], missing: [], replayed: [] }]);
  }, 60_000);

  it('a second bundle under a sequence number that already arrived is reported as REPLAYED, and arrivals says so', async () => {
    await ok(['bundle', 'import', join(dir, '2.fieldnotes'), ...keys()], hq());
    const replay = await ok(['bundle', 'import', join(dir, '2-again.fieldnotes'), ...keys()], hq());
    expect(replay).toMatch(/REPLAYED sequence 2/);
    expect(await arrivals()).toMatchObject([{ arrived: [1, 2], missing: [], replayed: [2] }]);
    const table = await ok(['bundle', 'arrivals'], hq());
    expect(table).toMatch(/OFFICER KEY\s+FINGERPRINT\s+ARRIVED\s+MISSING\s+REPLAYED/);
    expect(table).toMatch(/1,2\s+-\s+2\n/);
  }, 60_000);
});
