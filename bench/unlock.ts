import { readHeader } from '../electron/core/vault/header';
import { deriveKey } from '../electron/core/vault/kdf';
import type { VaultSession } from '../electron/core/vault/session';
import { elapsedMs, elapsedMsAsync, median, round } from './measure';

export interface UnlockFigures {
  samplesMs: number[];
  medianMs: number;
  /** The first search after an unlock meets an empty page cache: what an officer sees first. */
  firstSearchMs: number;
  /** Argon2id alone with the vault's parameters, median of the samples: the bulk of unlock_ms. */
  kdfMedianMs: number;
}

/** Times VaultSession.unlock itself (lock, unlock, repeat), then Argon2id alone for scale. */
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
  const kdfMs: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const { ms, value: kek } = await elapsedMsAsync(() => deriveKey(passphrase, kdf));
    kek.fill(0);
    kdfMs.push(ms);
  }
  return { samplesMs, medianMs: median(samplesMs), firstSearchMs, kdfMedianMs: round(median(kdfMs)) };
}
