import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { open, seal } from '../../../../electron/core/bundle/age/aead';
import { backendName, useSodium } from '../../../../electron/core/bundle/crypto-backend';
import { minisignPrehash } from '../../../../electron/core/bundle/minisign/minisign';

// Electron's BoringSSL lacks ChaCha20-Poly1305 and BLAKE2b-512, so there the bundle code runs
// on libsodium. This file forces that path and runs the CCTV vectors and the age and minisign
// CLI interop suites through it, beside a cross-check of both backends byte for byte.
beforeAll(() => useSodium(true));
afterAll(() => useSodium(false));

describe('the libsodium fallback', () => {
  it('is the path these suites run on', () => {
    expect(backendName()).toBe('libsodium');
  });

  it('seals and hashes exactly as node:crypto does, and each opens what the other sealed', () => {
    const key = randomBytes(32);
    const nonce = randomBytes(12);
    for (const size of [0, 1, 64 * 1024, 64 * 1024 + 7]) {
      const message = randomBytes(size);
      const viaSodium = seal(key, nonce, message);
      const sodiumHash = minisignPrehash().update(message).update(message).digest();
      useSodium(false);
      expect(backendName()).toBe('node:crypto');
      const viaNode = seal(key, nonce, message);
      const nodeHash = minisignPrehash().update(message).update(message).digest();
      expect(Buffer.concat(viaNode)).toEqual(Buffer.concat(viaSodium));
      expect(nodeHash).toEqual(sodiumHash);
      expect(open(key, nonce, Buffer.concat(viaSodium))).toEqual(message);
      useSodium(true);
      expect(open(key, nonce, Buffer.concat(viaNode))).toEqual(message);
      const forged = Buffer.concat(viaNode);
      forged.writeUInt8(forged.readUInt8(forged.length - 1) ^ 1, forged.length - 1);
      expect(open(key, nonce, forged)).toBeNull();
    }
  });
});

await import('./age-cctv.test');
await import('./age-interop.test');
await import('./minisign.test');
