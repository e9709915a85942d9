import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseAgeIdentityFile } from '../../../electron/core/bundle/age/x25519';
import { openBundle } from '../../../electron/core/bundle/bundle-reader';
import { formatMinisignPublicKey, generateMinisignKey, keyIdHex, minisignFingerprint, parseMinisignPublicKey, signMinisign, type MinisignSecretKey } from '../../../electron/core/bundle/minisign/minisign';
import { bundleTrustedComment } from '../../../electron/core/bundle/signed-sums';
import { AppError } from '../../../shared/errors';
import { PASSPHRASE, runInProcess, useCliVault } from './run-cli';

const CANARY = 'Yasmin Canaryname-Haddad';
const HIDDEN = 'Omar Hiddenname-Salem';

interface HandManifest {
  bundleId: string;
  sequence: number;
  createdAt: string;
  officer: { keyId: string; fingerprint: string };
}

// The issue's acceptance recipe with the Debian age, minisign and coreutils, keys from
// age-keygen and `identity export`; the reverse (a bundle made by hand opens in Fieldnotes);
// tampering of every kind refused with the right message; names only where consent allows.
describe('signed, encrypted bundles', () => {
  const vault = useCliVault();
  const { file, ok: cli } = vault;
  let dir: string;
  let falconConsent: string;
  const sh = (script: string) => execFileSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' });
  const open = (path: string, signer = 'officer.pub', identity = 'hq.txt') =>
    openBundle({ path: join(dir, path), identities: parseAgeIdentityFile(readFileSync(join(dir, identity), 'utf8')), signers: [parseMinisignPublicKey(readFileSync(join(dir, signer), 'utf8'))] });
  const refusal = async (path: string, signer?: string, identity?: string) => {
    try {
      await open(path, signer, identity);
    } catch (error) {
      if (error instanceof AppError) return `${error.code}: ${error.message}`;
      throw error;
    }
    return 'accepted';
  };
  /** SHA256SUMS made again for a folder of bundle files, as sha256sum writes it. */
  const resum = (folder: string) => sh(`cd ${folder} && rm SHA256SUMS SHA256SUMS.minisig && find . -type f | sed 's|^\\./||' | LC_ALL=C sort | xargs sha256sum > ../sums.tmp && mv ../sums.tmp SHA256SUMS`);
  /** The extracted export (out/) as a new bundle: a new id, its manifest edited, signed by `key`, encrypted to `recipients`; `key`'s .pub beside it. */
  const forge = (name: string, key: MinisignSecretKey, recipients: string[], edit: (manifest: HandManifest) => void = () => undefined) => {
    sh(`rm -rf ${name} && cp -r out ${name}`);
    writeFileSync(join(dir, `${name}.pub`), formatMinisignPublicKey(key));
    const manifestPath = join(dir, name, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as HandManifest;
    manifest.bundleId = randomUUID();
    edit(manifest);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    resum(name);
    writeFileSync(join(dir, name, 'SHA256SUMS.minisig'), signMinisign(key, readFileSync(join(dir, name, 'SHA256SUMS')), bundleTrustedComment(manifest)));
    sh(`cd ${name} && tar -cf - * | age ${recipients.map((r) => `-r ${r}`).join(' ')} > ../${name}.fieldnotes`);
    return `${name}.fieldnotes`;
  };

  beforeAll(async () => {
    dir = vault.dir;
    const falcon = await cli(['person', 'add', '--pseudonym', 'Falcon', '--name-file', file('n1.txt', CANARY)]);
    const heron = await cli(['person', 'add', '--pseudonym', 'Heron', '--name-file', file('n2.txt', HIDDEN)]);
    const consent = { kind: 'consent', title: 'Consent of Falcon', personId: falcon, scopes: ['contact-and-meet', 'named-in-hq-reporting'], givenOn: '2026-01-01' };
    falconConsent = (JSON.parse(await cli(['entry', 'add', '--json', file('c.json', JSON.stringify(consent))])) as { id: string }).id;
    const meeting = { kind: 'meeting', title: 'Met Falcon and Heron at the annex', participantRefs: [{ personId: falcon }, { personId: heron }] };
    await cli(['entry', 'add', '--json', file('m.json', JSON.stringify(meeting))]);
    sh('age-keygen -o hq.txt 2>/dev/null');
    await cli(['identity', 'export', '--out', join(dir, 'officer.pub')]);
    await cli(['recipient', 'add', 'HQ desk', sh('age-keygen -y hq.txt').trim(), '--verified']);
    await cli(['export', '--to', 'HQ desk', '--out', join(dir, 'export.fieldnotes')]);
  }, 180_000);

  it('opens and verifies with age, tar, minisign and sha256sum alone', () => {
    mkdirSync(join(dir, 'out'));
    sh('age -d -i hq.txt export.fieldnotes | tar -x -C out');
    expect(sh('minisign -V -p officer.pub -m out/SHA256SUMS')).toMatch(/Trusted comment: fieldnotes bundle [0-9a-f-]{36} created /);
    const checked = sh('cd out && sha256sum -c SHA256SUMS');
    expect(checked).toMatch(/^manifest\.json: OK$/m);
    expect(checked).toMatch(/^people\.json: OK$/m);
    expect(checked).toMatch(/^entries\/[0-9a-f-]{36}\.json: OK$/m);
    expect(checked).not.toMatch(/FAILED/);
    const manifest = JSON.parse(readFileSync(join(dir, 'out/manifest.json'), 'utf8')) as { sequence: number; counts: { entries: number; people: number }; redactions: { pseudonym: string }[]; officer: { keyId: string } };
    expect(manifest.sequence).toBe(1);
    expect(manifest.counts).toMatchObject({ entries: 2, people: 2 });
    expect(manifest.officer.keyId).toBe(keyIdHex(parseMinisignPublicKey(readFileSync(join(dir, 'officer.pub'), 'utf8')).keyId));
    // Named only where consent covers it; the manifest lists the pseudonymised one.
    const people = readFileSync(join(dir, 'out/people.json'), 'utf8');
    expect(people).toContain(CANARY);
    expect(people).not.toContain('Hiddenname');
    expect(manifest.redactions.map((r) => r.pseudonym)).toEqual(['Heron']);
    for (const name of readdirSync(join(dir, 'out/entries'))) expect(readFileSync(join(dir, 'out/entries', name), 'utf8')).not.toContain('Hiddenname');
  });

  it('bundle verify and bundle open accept it without a vault; open extracts only after every check', async () => {
    const noVault = { FIELDNOTES_PASSPHRASE: '' };
    const verify = await runInProcess(['bundle', 'verify', join(dir, 'export.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'officer.pub')], { env: noVault });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/Sequence:\s+1/);
    expect(verify.stdout).toMatch(/Metadata kept:\s+none: every file left cleaned/);
    const opened = await runInProcess(['bundle', 'open', join(dir, 'export.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'officer.pub'), '--out', join(dir, 'opened')], { env: noVault });
    expect(opened.code, opened.stderr).toBe(0);
    expect(readFileSync(join(dir, 'opened/people.json'), 'utf8')).toBe(readFileSync(join(dir, 'out/people.json'), 'utf8'));
  });

  it('every flipped byte, a truncation and appended bytes are refused, and a refused open leaves no folder', async () => {
    const bundle = readFileSync(join(dir, 'export.fieldnotes'));
    const allowed = /^(BUNDLE_TAMPERED|BUNDLE_MALFORMED|NOT_A_RECIPIENT|ARCHIVE_REFUSED):/;
    for (let at = 0; at < bundle.length; at += 1) {
      const copy = Buffer.from(bundle);
      copy.writeUInt8(copy.readUInt8(at) ^ 0x01, at);
      writeFileSync(join(dir, 'flipped.fieldnotes'), copy);
      const outcome = await refusal('flipped.fieldnotes');
      if (!allowed.test(outcome)) expect.fail(`byte ${at}: ${outcome}`);
    }
    writeFileSync(join(dir, 'short.fieldnotes'), bundle.subarray(0, bundle.length - 100));
    expect(await refusal('short.fieldnotes')).toMatch(/^BUNDLE_TAMPERED: .*(truncated|authenticate|last)/i);
    writeFileSync(join(dir, 'long.fieldnotes'), Buffer.concat([bundle, Buffer.from('x')]));
    expect(await refusal('long.fieldnotes')).toMatch(/^BUNDLE_TAMPERED/);
    const result = await runInProcess(['bundle', 'open', join(dir, 'short.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'officer.pub'), '--out', join(dir, 'never')], { env: {} });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^fieldnotes: bundle open: BUNDLE_TAMPERED: /);
    expect(existsSync(join(dir, 'never'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('.partial'))).toEqual([]);
  }, 600_000);

  it('a flipped byte in the first or last chunk of a several-chunk payload is the decryption refusal, even where the archive reader refuses first', async () => {
    const recipient = sh('age-keygen -y hq.txt').trim();
    // Zero blocks after the end-of-archive marker are valid: the same signed bundle over four chunks.
    sh(`age -d -i hq.txt export.fieldnotes | { cat; head -c 200000 /dev/zero; } | age -r ${recipient} > padded.fieldnotes`);
    // 0x07 filler before the archive: the reader refuses entry 0 from the first chunk on.
    sh(`{ head -c 200000 /dev/zero | tr '\\0' '\\7'; age -d -i hq.txt export.fieldnotes; } | age -r ${recipient} > filler.fieldnotes`);
    expect(await refusal('padded.fieldnotes')).toBe('accepted');
    expect(await refusal('filler.fieldnotes')).toMatch(/^ARCHIVE_REFUSED: .*entry 0/);
    for (const name of ['padded.fieldnotes', 'filler.fieldnotes']) {
      const bundle = readFileSync(join(dir, name));
      const macLine = bundle.indexOf('\n--- ');
      const payload = bundle.indexOf('\n', macLine + 1) + 1 + 16;
      const sealed = 64 * 1024 + 16;
      const lastChunk = payload + Math.floor((bundle.length - payload - 1) / sealed) * sealed;
      expect(lastChunk - payload).toBeGreaterThanOrEqual(3 * sealed);
      const positions = [];
      for (let at = payload; at < payload + sealed; at += 997) positions.push(at);
      for (let at = lastChunk; at < bundle.length; at += 97) positions.push(at);
      positions.push(payload + sealed - 1, bundle.length - 40, bundle.length - 1);
      for (const at of positions) {
        const copy = Buffer.from(bundle);
        copy.writeUInt8(copy.readUInt8(at) ^ 0x01, at);
        writeFileSync(join(dir, 'flipped.fieldnotes'), copy);
        const outcome = await refusal('flipped.fieldnotes');
        if (!outcome.startsWith('BUNDLE_TAMPERED: ') || !/payload chunk/.test(outcome)) expect.fail(`${name} byte ${at}: ${outcome}`);
      }
    }
  }, 300_000);

  it("another officer's signature is an unknown signer; a modified archive re-encrypted to HQ is a hash mismatch on that file", async () => {
    const other = generateMinisignKey();
    const sums = readFileSync(join(dir, 'out/SHA256SUMS'));
    const comment = readFileSync(join(dir, 'out/SHA256SUMS.minisig'), 'utf8').split('\n')[2]?.slice('trusted comment: '.length) ?? '';
    sh('cp -r out swapped && cp -r out modified');
    writeFileSync(join(dir, 'swapped/SHA256SUMS.minisig'), signMinisign(other, sums, comment));
    const entry = readdirSync(join(dir, 'modified/entries'))[0] as string;
    const path = join(dir, 'modified/entries', entry);
    // One byte more, whichever entry the folder lists first (readdir order differs between filesystems).
    writeFileSync(path, `${readFileSync(path, 'utf8')} `);
    const recipient = sh('age-keygen -y hq.txt').trim();
    sh(`cd swapped && tar -cf - * | age -r ${recipient} > ../swapped.fieldnotes`);
    sh(`cd modified && tar -cf - * | age -r ${recipient} > ../modified.fieldnotes`);
    expect(await refusal('swapped.fieldnotes')).toMatch(/^UNKNOWN_SIGNER: /);
    expect(await refusal('modified.fieldnotes')).toBe(`BUNDLE_TAMPERED: Bundle altered or truncated: hash mismatch on entries/${entry}.`);
    // The file travels as data too, for the Headquarters screen to name it in either language.
    expect(await open('modified.fieldnotes').catch((error: unknown) => (error as AppError).file)).toBe(`entries/${entry}`);
    // Encrypted to someone else: not ours to open.
    sh('age-keygen -o other.txt 2>/dev/null');
    sh(`age -d -i hq.txt export.fieldnotes | age -r $(age-keygen -y other.txt) > foreign.fieldnotes`);
    expect(await refusal('foreign.fieldnotes')).toMatch(/^NOT_A_RECIPIENT: /);
    // Re-encrypted to HQ plus one more: the signed manifest names only HQ.
    sh(`age -d -i hq.txt export.fieldnotes | age -r ${recipient} -r $(age-keygen -y other.txt) > widened.fieldnotes`);
    expect(await refusal('widened.fieldnotes')).toMatch(/^BUNDLE_TAMPERED: .*re-encrypted/);
  });

  it('a bundle assembled by hand with minisign -S and age -r opens in Fieldnotes', async () => {
    sh('cp -r out byhand && minisign -G -W -p hand.pub -s hand.key >/dev/null');
    const handKey = parseMinisignPublicKey(readFileSync(join(dir, 'hand.pub'), 'utf8'));
    const manifestPath = join(dir, 'byhand/manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as HandManifest;
    manifest.officer = { keyId: keyIdHex(handKey.keyId), fingerprint: minisignFingerprint(handKey) };
    writeFileSync(manifestPath, JSON.stringify(manifest));
    resum('byhand');
    sh(`cd byhand && minisign -S -s ../hand.key -m SHA256SUMS -t "${bundleTrustedComment(manifest)}" >/dev/null
      tar -cf - SHA256SUMS SHA256SUMS.minisig manifest.json people.json entries | age -r "$(age-keygen -y ../hq.txt)" > ../byhand.fieldnotes`);
    const opened = await open('byhand.fieldnotes', 'hand.pub');
    expect(opened.manifest.bundleId).toBe(manifest.bundleId);
  });

  it('the recipient whose identity unwrapped the file key must be one the officer signed for, even when headquarters also holds a listed one', async () => {
    sh('age-keygen -o elsewhere.txt 2>/dev/null && cat hq.txt elsewhere.txt > both.txt');
    const hand = generateMinisignKey();
    const sign = (manifest: HandManifest) => {
      manifest.officer = { keyId: keyIdHex(hand.keyId), fingerprint: minisignFingerprint(hand) };
    };
    // One stanza, as the manifest's one recipient (HQ desk), but to a key the officer never chose.
    const moved = forge('moved', hand, [sh('age-keygen -y elsewhere.txt').trim()], sign);
    expect(await refusal(moved, 'moved.pub', 'both.txt')).toMatch(/^BUNDLE_TAMPERED: .*did not choose \(re-encrypted\)/);
    const kept = forge('kept', hand, [sh('age-keygen -y hq.txt').trim()], sign);
    expect(await refusal(kept, 'kept.pub', 'both.txt')).toBe('accepted');
  });

  it("a key made with another officer's key id is that other key: its bundles must say their own fingerprint, never share arrivals, and cannot be trusted beside it", async () => {
    const officer = parseMinisignPublicKey(readFileSync(join(dir, 'officer.pub'), 'utf8'));
    const twin: MinisignSecretKey = { ...generateMinisignKey(), keyId: officer.keyId };
    const hq = sh('age-keygen -y hq.txt').trim();
    // Claiming the officer's fingerprint under the twin's signature is refused.
    expect(await refusal(forge('liar', twin, [hq]), 'liar.pub')).toMatch(/^BUNDLE_TAMPERED: .*fingerprint/);
    const honest = forge('honest', twin, [hq], (manifest) => {
      manifest.officer.fingerprint = minisignFingerprint(twin);
    });
    expect(await refusal(honest, 'honest.pub')).toBe('accepted');

    // Trusted side by side, the two keys are refused by name before any bundle is read.
    const both = await runInProcess(['bundle', 'verify', join(dir, 'export.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'officer.pub'), '--signer', join(dir, 'honest.pub')], { env: {} });
    expect(both.code).toBe(1);
    expect(both.stderr).toMatch(/officer\.pub and .*honest\.pub .*same key id/);

    // Imported one after the other, they are two officers, each with its own sequence 1.
    const hqEnv = { FIELDNOTES_VAULT: join(dir, 'hq-vault'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    const hqCli = async (args: string[]) => {
      const result = await runInProcess(args, { env: hqEnv });
      expect(result.code, result.stderr).toBe(0);
      return result.stdout;
    };
    await hqCli(['vault', 'create']);
    await hqCli(['bundle', 'import', join(dir, 'export.fieldnotes'), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'officer.pub')]);
    expect(await hqCli(['bundle', 'import', join(dir, honest), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'honest.pub')])).not.toContain('REPLAYED');
    const arrivals = JSON.parse(await hqCli(['bundle', 'arrivals', '--json'])) as { officer: { fingerprint: string }; arrived: number[]; replayed: number[] }[];
    expect(arrivals.map((a) => a.officer.fingerprint).sort()).toEqual([minisignFingerprint(officer), minisignFingerprint(twin)].sort());
    for (const officerArrivals of arrivals) expect(officerArrivals).toMatchObject({ arrived: [1], replayed: [] });
  }, 180_000);

  it('a sequence number past 2^31 - 1 is malformed; one at the limit arrives as one missing range, not billions of numbers', async () => {
    const twin = parseMinisignPublicKey(readFileSync(join(dir, 'honest.pub'), 'utf8'));
    const hq = sh('age-keygen -y hq.txt').trim();
    const hand = generateMinisignKey();
    const numbered = (name: string, sequence: number) =>
      forge(name, hand, [hq], (manifest) => {
        manifest.officer = { keyId: keyIdHex(hand.keyId), fingerprint: minisignFingerprint(hand) };
        manifest.sequence = sequence;
      });
    expect(await refusal(numbered('past', 2 ** 31), 'past.pub')).toMatch(/^BUNDLE_MALFORMED: .*\(sequence\)/);
    const last = numbered('last', 2 ** 31 - 1);
    const hqEnv = { FIELDNOTES_VAULT: join(dir, 'hq-vault'), FIELDNOTES_PASSPHRASE: PASSPHRASE };
    const imported = await runInProcess(['bundle', 'import', join(dir, last), '--identity', join(dir, 'hq.txt'), '--signer', join(dir, 'last.pub')], { env: hqEnv });
    expect(imported.code, imported.stderr).toBe(0);
    const arrivals = await runInProcess(['bundle', 'arrivals'], { env: hqEnv });
    expect(arrivals.stdout).toMatch(new RegExp(`${minisignFingerprint(hand)}\\s+2147483647\\s+1-2147483646\\s+-`));
    expect(arrivals.stdout).toContain(minisignFingerprint(twin));
  }, 180_000);

  it('withdrawing consent before export removes the name; the sequence goes on', async () => {
    await cli(['consent', 'withdraw', falconConsent, '--how', 'by phone']);
    await cli(['export', '--to', 'HQ desk', '--out', join(dir, 'second.fieldnotes')]);
    mkdirSync(join(dir, 'second'));
    sh('age -d -i hq.txt second.fieldnotes | tar -x -C second');
    expect(readFileSync(join(dir, 'second/people.json'), 'utf8')).not.toContain('Canaryname');
    const manifest = JSON.parse(readFileSync(join(dir, 'second/manifest.json'), 'utf8')) as { sequence: number; redactions: { pseudonym: string; reason: string }[] };
    expect(manifest.sequence).toBe(2);
    expect(manifest.redactions.map((r) => `${r.pseudonym} ${r.reason}`).sort()).toEqual(['Falcon consent-withdrawn', 'Heron consent-none']);
  });

  it('an unverified recipient cannot be exported to, and the audit log records each export without names', async () => {
    await cli(['recipient', 'add', 'Backup', sh('age-keygen 2>/dev/null | age-keygen -y').trim()]);
    const refused = await vault.run(['export', '--to', 'Backup', '--out', join(dir, 'nope.fieldnotes')]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not verified/);
    expect(existsSync(join(dir, 'nope.fieldnotes'))).toBe(false);
    const audit = await cli(['audit', 'list', '--json']);
    expect(audit.match(/export\.written/g)?.length).toBe(2);
    expect(audit).not.toContain('Canaryname');
  });
});
