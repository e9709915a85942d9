import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ageRecipientFingerprint, generateAgeIdentity, parseAgeIdentity, parseAgeIdentityFile, parseAgeRecipient, recipientOf } from '../../../../electron/core/bundle/age/x25519';
import { decryptAge } from '../../../support/age-run';
import { sealAge } from '../../../support/age-seal';
import { useTempDirs } from '../../../support/temp-vault';

// Our age against the Debian `age` 1.1.1 that headquarters uses, both directions, and every
// single-byte change of a small file refused.
const temp = useTempDirs();

const encrypt = async (plaintext: Buffer, recipients: string[]) => (await sealAge(temp.dir(), recipients, [plaintext])).file;

function ageKeygen(dir: string, name: string): { file: string; recipient: string } {
  const file = join(dir, name);
  execFileSync('age-keygen', ['-o', file], { stdio: 'ignore' });
  return { file, recipient: execFileSync('age-keygen', ['-y', file], { encoding: 'utf8' }).trim() };
}

describe('age interop with the age CLI', () => {
  it('age -d opens what we encrypt, for each of several recipients, across chunk boundaries', async () => {
    const dir = temp.dir();
    const desk = ageKeygen(dir, 'desk.txt');
    const backup = ageKeygen(dir, 'backup.txt');
    for (const size of [0, 1, 65_535, 65_536, 65_537, 3 * 65_536, 200_001]) {
      const plaintext = randomBytes(size);
      writeFileSync(join(dir, 'out.age'), await encrypt(plaintext, [desk.recipient, backup.recipient]));
      for (const identity of [desk, backup]) {
        expect(execFileSync('age', ['-d', '-i', identity.file, join(dir, 'out.age')]).equals(plaintext)).toBe(true);
      }
    }
  });

  it('we open what age -r encrypts, with the identity file age-keygen wrote', async () => {
    const dir = temp.dir();
    const hq = ageKeygen(dir, 'hq.txt');
    const identities = parseAgeIdentityFile(readFileSync(hq.file, 'utf8'));
    expect(recipientOf(identities[0]!)).toBe(hq.recipient);
    for (const size of [0, 5, 65_536, 131_072, 300_000]) {
      const plaintext = randomBytes(size);
      const file = execFileSync('age', ['-r', hq.recipient], { input: plaintext });
      const outcome = await decryptAge(file, identities, 7_919);
      expect(outcome.code).toBe('ok');
      expect(outcome.plaintext.equals(plaintext)).toBe(true);
    }
  });

  it('a file for someone else is NOT_A_RECIPIENT; identities and recipients age-keygen made parse', async () => {
    const dir = temp.dir();
    const other = ageKeygen(dir, 'other.txt');
    const mine = generateAgeIdentity();
    expect(parseAgeRecipient(mine.recipient)).toHaveLength(32);
    const file = execFileSync('age', ['-r', other.recipient], { input: 'for someone else' });
    expect((await decryptAge(file, [parseAgeIdentity(mine.identity)])).code).toBe('NOT_A_RECIPIENT');
  });

  it('a recipient fingerprint is what coreutils compute from the age1… text', () => {
    const { recipient } = generateAgeIdentity();
    const recomputed = execFileSync('sh', ['-c', 'printf %s "$1" | sha256sum | cut -c1-20', 'sh', recipient], { encoding: 'utf8' }).trim();
    expect(ageRecipientFingerprint(recipient).replaceAll(' ', '')).toBe(recomputed.toUpperCase());
    expect(ageRecipientFingerprint(` ${recipient}\n`)).toBe(ageRecipientFingerprint(recipient));
  });

  it('recipient and identity strings are checked (checksum, prefix, case)', () => {
    const { identity, recipient } = generateAgeIdentity();
    const typo = `${recipient.slice(0, 10)}${recipient[10] === 'q' ? 'p' : 'q'}${recipient.slice(11)}`;
    for (const bad of [typo, recipient.toUpperCase(), identity, `x${recipient}`]) expect(() => parseAgeRecipient(bad)).toThrow(/recipient/);
    for (const bad of [identity.toLowerCase(), recipient]) expect(() => parseAgeIdentity(bad)).toThrow(/identity/);
  });
});

describe('tampering with an age file', () => {
  it('every single-byte change, a truncation and appended bytes are each refused, and release nothing wrong', async () => {
    const mine = generateAgeIdentity();
    const identities = [parseAgeIdentity(mine.identity)];
    const plaintext = Buffer.from('a small bundle: 70 bytes of plaintext that must not change silently.');
    const file = await encrypt(plaintext, [mine.recipient]);
    const codes = new Set<string>();
    for (let at = 0; at < file.length; at += 1) {
      const altered = Buffer.from(file);
      altered[at] = (altered[at] as number) ^ 0x01;
      const outcome = await decryptAge(altered, identities);
      expect(outcome.code, `byte ${at}`).not.toBe('ok');
      // One chunk only: nothing may be released from an altered file.
      expect(outcome.plaintext.length, `byte ${at}`).toBe(0);
      codes.add(outcome.code);
    }
    expect([...codes].sort()).toEqual(['BUNDLE_MALFORMED', 'BUNDLE_TAMPERED', 'NOT_A_RECIPIENT']);
    expect((await decryptAge(file.subarray(0, file.length - 1), identities)).code).toBe('BUNDLE_TAMPERED');
    expect((await decryptAge(Buffer.concat([file, Buffer.from([0])]), identities)).code).toBe('BUNDLE_TAMPERED');
  });
});
