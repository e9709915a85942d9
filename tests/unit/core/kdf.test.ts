import { describe, expect, it } from 'vitest';
import { deriveKey, KDF_FLOOR, kdfParamsSchema, nextKdfStep, type KdfParams } from '../../../electron/core/vault/kdf';

const floor: KdfParams = { name: 'argon2id', version: 0x13, ...KDF_FLOOR, salt: Buffer.alloc(16, 7).toString('base64') };

describe('Argon2id key derivation', () => {
  it('is deterministic for the same passphrase and salt, and differs otherwise', async () => {
    const a = await deriveKey('correct horse battery staple', floor);
    expect(a).toHaveLength(32);
    expect((await deriveKey('correct horse battery staple', floor)).equals(a)).toBe(true);
    expect((await deriveKey('correct horse battery stapler', floor)).equals(a)).toBe(false);
    expect((await deriveKey('correct horse battery staple', { ...floor, salt: Buffer.alloc(16, 8).toString('base64') })).equals(a)).toBe(false);
  });

  it('treats composed and decomposed Unicode passphrases as the same passphrase', async () => {
    const composed = await deriveKey('café résumé naïve', floor);
    expect((await deriveKey('cafe\u0301 re\u0301sume\u0301 nai\u0308ve', floor)).equals(composed)).toBe(true);
  });

  it('refuses parameters below the floor the product promises', () => {
    expect(kdfParamsSchema.safeParse(floor).success).toBe(true);
    expect(kdfParamsSchema.safeParse({ ...floor, memoryKiB: 32 * 1024 }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...floor, passes: 2 }).success).toBe(false);
    expect(kdfParamsSchema.safeParse({ ...floor, parallelism: 1 }).success).toBe(false);
  });

  it('calibrates memory first, then passes, and stops near the target', () => {
    const doubled = nextKdfStep(floor, 100, 1000);
    expect(doubled).toMatchObject({ memoryKiB: 128 * 1024, passes: 3 });
    const atMemoryCap = { ...floor, memoryKiB: 256 * 1024 };
    expect(nextKdfStep(atMemoryCap, 250, 1000)).toMatchObject({ memoryKiB: 256 * 1024, passes: 12 });
    expect(nextKdfStep(atMemoryCap, 900, 1000)).toBeNull();
  });
});
