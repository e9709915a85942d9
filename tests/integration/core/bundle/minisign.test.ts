import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ed25519PublicKey, ed25519Sign, ed25519Verify } from '../../../../electron/core/bundle/minisign/ed25519';
import {
  formatMinisignPublicKey,
  generateMinisignKey,
  keyIdHex,
  minisignFingerprint,
  parseMinisignPublicKey,
  signMinisign,
  verifyMinisign,
} from '../../../../electron/core/bundle/minisign/minisign';
import { codeOf } from '../../../support/error-code';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

// RFC 8032 §7.1, TEST 1-3: secret key, public key, message, signature.
const RFC8032 = [
  ['9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', '',
    'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'],
  ['4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb', '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c', '72',
    '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00'],
  ['c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7', 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025', 'af82',
    '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a'],
] as const;

const hex = (h: string) => Buffer.from(h, 'hex');

describe('Ed25519 under minisign', () => {
  it.each(RFC8032)('RFC 8032 vector with public key %#', (secret, publicKey, message, signature) => {
    expect(ed25519PublicKey(hex(secret)).toString('hex')).toBe(publicKey);
    expect(ed25519Sign(hex(secret), hex(message)).toString('hex')).toBe(signature);
    expect(ed25519Verify(hex(publicKey), hex(message), hex(signature))).toBe(true);
    const altered = hex(signature);
    altered[0] = (altered[0] as number) ^ 1;
    expect(ed25519Verify(hex(publicKey), hex(message), altered)).toBe(false);
  });
});

describe('minisign interop with the minisign CLI', () => {
  it('minisign -V (prehashed required) accepts our signature and shows our trusted comment', () => {
    const dir = temp.dir();
    const key = generateMinisignKey();
    const sums = Buffer.from('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  manifest.json\n');
    writeFileSync(join(dir, 'officer.pub'), formatMinisignPublicKey(key));
    writeFileSync(join(dir, 'SHA256SUMS'), sums);
    writeFileSync(join(dir, 'SHA256SUMS.minisig'), signMinisign(key, sums, 'fieldnotes bundle 1 created 2026-12-01T10:00:00Z'));
    const out = execFileSync('minisign', ['-V', '-H', '-p', join(dir, 'officer.pub'), '-m', join(dir, 'SHA256SUMS')], { encoding: 'utf8' });
    expect(out).toContain('Trusted comment: fieldnotes bundle 1 created 2026-12-01T10:00:00Z');
    expect(readFileSync(join(dir, 'officer.pub'), 'utf8')).toContain(`minisign public key ${keyIdHex(key.keyId)}`);
  });

  it('we verify minisign -S signatures, prehashed and legacy, and refuse them once anything changes', () => {
    const dir = temp.dir();
    execFileSync('minisign', ['-G', '-W', '-p', join(dir, 'hq.pub'), '-s', join(dir, 'hq.key')], { stdio: 'ignore' });
    const publicKey = parseMinisignPublicKey(readFileSync(join(dir, 'hq.pub'), 'utf8'));
    const file = join(dir, 'SHA256SUMS');
    const message = Buffer.from('0000  entries/a.json\n');
    writeFileSync(file, message);
    for (const legacy of [false, true]) {
      execFileSync('minisign', ['-S', ...(legacy ? ['-l'] : []), '-s', join(dir, 'hq.key'), '-m', file, '-t', 'made by hand'], { stdio: 'ignore' });
      const signature = readFileSync(`${file}.minisig`, 'utf8');
      expect(verifyMinisign(publicKey, signature, message)).toEqual({ trustedComment: 'made by hand', algorithm: legacy ? 'Ed' : 'ED' });
      expect(codeOf(() => verifyMinisign(publicKey, signature, Buffer.from('0001  entries/a.json\n')))).toBe('BAD_SIGNATURE');
      expect(codeOf(() => verifyMinisign(publicKey, signature.replace('made by hand', 'made by HAND'), message))).toBe('BAD_SIGNATURE');
      expect(codeOf(() => verifyMinisign(generateMinisignKey(), signature, message))).toBe('UNKNOWN_SIGNER');
      expect(codeOf(() => verifyMinisign(publicKey, signature.split('\n').slice(0, 3).join('\n'), message))).toBe('BUNDLE_MALFORMED');
    }
  });

  it('a signature swapped in from another key with the same key id is refused', () => {
    const officer = generateMinisignKey();
    const impostor = { ...generateMinisignKey(), keyId: officer.keyId };
    const message = Buffer.from('sums');
    expect(codeOf(() => verifyMinisign(officer, signMinisign(impostor, message, 'x'), message))).toBe('BAD_SIGNATURE');
  });
});

describe('read-aloud fingerprint', () => {
  it('is five groups of four hex digits that coreutils recompute from the public key file', () => {
    const dir = temp.dir();
    const key = generateMinisignKey();
    writeFileSync(join(dir, 'officer.pub'), formatMinisignPublicKey(key));
    const fingerprint = minisignFingerprint(key);
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
    // The recipe docs/bundle-format.md gives headquarters.
    const recomputed = execFileSync('sh', ['-c', 'tail -n 1 officer.pub | base64 -d | sha256sum | cut -c1-20'], { cwd: dir, encoding: 'utf8' }).trim();
    expect(fingerprint.replaceAll(' ', '')).toBe(recomputed.toUpperCase());
    expect(minisignFingerprint(parseMinisignPublicKey(readFileSync(join(dir, 'officer.pub'), 'utf8')))).toBe(fingerprint);
    // The key id is a label anyone can copy: the fingerprint changes with the key behind it.
    expect(minisignFingerprint({ ...generateMinisignKey(), keyId: key.keyId })).not.toBe(fingerprint);
  });
});
