import { hashRaw } from '@node-rs/argon2';
import { z } from 'zod';

/** The floor the product promises; a header asking for less is refused as tampered. */
export const KDF_FLOOR = { memoryKiB: 64 * 1024, passes: 3, parallelism: 4 } as const;
const MEMORY_CEILING_KIB = 1024 * 1024;
const PASSES_CEILING = 64;

export const kdfParamsSchema = z.strictObject({
  name: z.literal('argon2id'),
  version: z.literal(0x13),
  memoryKiB: z.number().int().min(KDF_FLOOR.memoryKiB).max(MEMORY_CEILING_KIB),
  passes: z.number().int().min(KDF_FLOOR.passes).max(PASSES_CEILING),
  parallelism: z.number().int().min(KDF_FLOOR.parallelism).max(16),
  salt: z.base64().refine((s) => Buffer.from(s, 'base64').length === 16, { message: 'salt must be 16 bytes' }),
});
export type KdfParams = z.infer<typeof kdfParamsSchema>;

const ARGON2ID = 2; // Algorithm.Argon2id: a const enum, which isolated modules cannot inline.
const ARGON2_VERSION_13 = 1; // Version.V0x13

export async function deriveKey(passphrase: string, params: KdfParams): Promise<Buffer> {
  const input = Buffer.from(passphrase.normalize('NFC'), 'utf8');
  try {
    return await hashRaw(input, {
      algorithm: ARGON2ID,
      version: ARGON2_VERSION_13,
      memoryCost: params.memoryKiB,
      timeCost: params.passes,
      parallelism: params.parallelism,
      outputLen: 32,
      salt: Buffer.from(params.salt, 'base64'),
    });
  } finally {
    input.fill(0);
  }
}

/**
 * One calibration step: given how long the current parameters took, the next ones to try, or
 * null when close enough. Memory rises first (what hurts GPU attackers most), up to 256 MiB,
 * then passes.
 */
export function nextKdfStep(params: KdfParams, elapsedMs: number, targetMs: number): KdfParams | null {
  const factor = targetMs / Math.max(elapsedMs, 1);
  if (factor < 1.3) return null;
  if (params.memoryKiB < 256 * 1024) return { ...params, memoryKiB: Math.min(256 * 1024, params.memoryKiB * 2) };
  const passes = Math.min(PASSES_CEILING, Math.floor(params.passes * factor));
  return passes > params.passes ? { ...params, passes } : null;
}

/**
 * Start at the floor and raise the cost until one derivation takes about `targetMs` on this
 * machine. `targetMs = 0` keeps the floor (tests and scripted set-ups).
 */
export async function calibrateKdf(salt: Buffer, targetMs: number): Promise<KdfParams> {
  let params: KdfParams = { name: 'argon2id', version: 0x13, ...KDF_FLOOR, salt: salt.toString('base64') };
  for (let round = 0; targetMs > 0 && round < 12; round += 1) {
    // Other work on the machine only ever adds time: the faster of two probes is the truer cost.
    let fastest = Infinity;
    for (let probe = 0; probe < 2; probe += 1) {
      const started = performance.now();
      (await deriveKey('calibration probe', params)).fill(0);
      fastest = Math.min(fastest, performance.now() - started);
    }
    const next = nextKdfStep(params, fastest, targetMs);
    if (!next) break;
    params = next;
  }
  return params;
}
