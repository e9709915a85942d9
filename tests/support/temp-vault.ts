import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { meetingInputSchema, type Entry, type MeetingInput, type MeetingNote } from '../../shared/domain/entries';
import { VaultSession } from '../../electron/core/vault/session';

/** Passes the new-passphrase rule (shared/domain/passphrase-strength.ts); the xkcd classic no longer does. */
export const PASSPHRASE = 'violet harbor juniper quietly ledger';

/** A fresh directory per test, removed afterwards (sessions are locked first). */
export function useTempDirs() {
  const dirs: string[] = [];
  const sessions: VaultSession[] = [];
  afterEach(() => {
    for (const session of sessions.splice(0)) session.lock();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const dir = (): string => {
    const created = mkdtempSync(join(tmpdir(), 'fieldnotes-test-'));
    dirs.push(created);
    return created;
  };
  /** A vault at the Argon2id floor (kdfTargetMs 0) so tests stay fast. */
  const session = (vaultDir = join(dir(), 'vault')): VaultSession => {
    const created = new VaultSession({ dir: vaultDir, kdfTargetMs: 0 });
    sessions.push(created);
    return created;
  };
  return {
    dir,
    session,
    async unlockedNotebook() {
      const session = this.session();
      await session.create(PASSPHRASE);
      return { session, notebook: session.requireNotebook() };
    },
  };
}

/** The fields a meeting takes by default, applied as the contract applies them. */
const MEETING_DEFAULTS = meetingInputSchema.parse({ kind: 'meeting', title: '-' });

/**
 * A whole meeting input (every default applied), as the contract hands it to the core. Not
 * checked here: tests hand the core empty titles (drafts) and values it must refuse.
 */
export function meeting(overrides: Partial<MeetingInput> = {}): MeetingInput {
  return {
    ...MEETING_DEFAULTS,
    kind: 'meeting',
    title: 'Meeting with a coalition of land defenders',
    body: 'They reported harassment after the hearing.',
    occurredAt: '2026-11-20T09:30:00.000Z',
    location: 'Mission annex',
    counterpartType: 'coalition',
    participants: 'Two coalition members (pseudonyms)',
    ...overrides,
  };
}

/** The entry as a meeting note (the core returns the union of kinds); throws for another kind. */
export function asMeeting(entry: Entry | undefined): MeetingNote {
  if (entry?.kind !== 'meeting') throw new Error(`expected a meeting note, got ${entry?.kind ?? 'nothing'}`);
  return entry;
}
