import { openEncryptedDatabase } from '../electron/core/db/connection';
import { migrate } from '../electron/core/db/migrate';
import { openNotebook } from '../electron/core/services/notebook';
import { headerAad, readHeader } from '../electron/core/vault/header';
import { deriveKey, type KdfParams } from '../electron/core/vault/kdf';
import { unwrapKey } from '../electron/core/vault/key-wrap';
import type { VaultSession } from '../electron/core/vault/session';
import { elapsedMs, elapsedMsAsync, median, round } from './measure';

export interface UnlockFigures {
  samplesMs: number[];
  medianMs: number;
  /** The first search after an unlock meets an empty page cache: what an officer sees first. */
  firstSearchMs: number;
  steps: Record<string, number>;
}

/** Times VaultSession.unlock itself (lock, unlock, repeat), then its steps one by one. */
export async function measureUnlock(
  session: VaultSession,
  passphrase: string,
  samples: number,
  firstSearch: () => void,
): Promise<UnlockFigures> {
  const samplesMs: number[] = [];
  let firstSearchMs = Number.NaN;
  for (let i = 0; i < samples; i += 1) {
    session.lock();
    samplesMs.push((await elapsedMsAsync(() => session.unlock(passphrase))).ms);
    if (i === 0) firstSearchMs = elapsedMs(firstSearch).ms;
  }
  session.lock();
  const kdf = readHeader(session.layout.header).kdf;
  const steps = await unlockBreakdown(session, passphrase, kdf, samples);
  return { samplesMs, medianMs: median(samplesMs), firstSearchMs, steps };
}

/**
 * Where unlock time goes: VaultSession.unlock's steps (as of c62d97d) repeated one by one,
 * medians of `samples`. A diagnostic beside unlock_ms, which times the real method.
 * Argon2id alone swings ±30% between runs on a shared VM, hence several samples.
 */
async function unlockBreakdown(session: VaultSession, passphrase: string, kdf: KdfParams, samples: number): Promise<Record<string, number>> {
  const steps: Record<string, number[]> = { kdf: [], unwrap: [], open: [], migrate: [], notebook: [] };
  const time = <T>(step: string, run: () => T): T => {
    const { ms, value } = elapsedMs(run);
    steps[step]?.push(ms);
    return value;
  };
  const header = readHeader(session.layout.header);
  for (let i = 0; i < samples; i += 1) {
    const { ms, value: kek } = await elapsedMsAsync(() => deriveKey(passphrase, kdf));
    steps.kdf?.push(ms);
    const dataKey = time('unwrap', () => unwrapKey(header.wrappedKey, kek, headerAad(header)));
    kek.fill(0);
    if (!dataKey) throw new Error('bench: the passphrase did not unwrap the vault key');
    const db = time('open', () => openEncryptedDatabase(session.layout.database, dataKey, { create: false }));
    dataKey.fill(0);
    time('migrate', () => migrate(db));
    time('notebook', () => openNotebook(db, () => new Date())).close();
  }
  return Object.fromEntries(Object.entries(steps).map(([step, values]) => [step, round(median(values))]));
}

