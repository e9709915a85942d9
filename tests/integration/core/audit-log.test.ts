import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AuditAction } from '../../../shared/domain/audit-vocabulary';
import { personInputSchema } from '../../../shared/domain/people';
import { AuditLog } from '../../../electron/core/audit/audit-log';
import { recordHash } from '../../../electron/core/audit/audit-hash';
import type { Db } from '../../../electron/core/db/driver';
import { MetaRepository } from '../../../electron/core/db/repositories/meta-repository';
import type { ClockReading } from '../../../electron/core/vault/boot-clock';
import { VaultSession } from '../../../electron/core/vault/session';
import { UnlockThrottle } from '../../../electron/core/vault/throttle';
import { failure } from '../../support/app-error';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { PASSPHRASE, meeting, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();
const FIXED = new Date('2026-11-20T09:30:00.000Z');

/** The actions of a log, newest first. */
const actions = (session: VaultSession) => session.requireNotebook().audit.list({ limit: 50, offset: 0 }).records.map((r) => r.action);

/** created, four entry records (seq 2 to 5), locked: six records. */
async function lockedVaultWithSixRecords(): Promise<VaultSession> {
  const { session, notebook } = await temp.unlockedNotebook();
  for (let i = 0; i < 4; i += 1) {
    notebook.writes.run((audit) => audit({ action: 'entry.created', subjectId: `00000000-0000-4000-8000-00000000000${i}`, detail: { kind: 'meeting' } }));
  }
  session.lock();
  return session;
}

/** Tampers with the locked vault's database by SQL, then verifies its chain there (nothing appended). */
function tamperAndVerify(session: VaultSession, tamper: (db: Db) => void) {
  return openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
    tamper(db);
    return new AuditLog(db, new MetaRepository(db), () => FIXED).verify();
  });
}

describe('the audit log', () => {
  it('records create, lock and unlock, newest first, in one whole chain; the clock is the session’s', async () => {
    const session = new VaultSession({ dir: join(temp.dir(), 'vault'), kdfTargetMs: 0, now: () => FIXED });
    try {
      await session.create(PASSPHRASE);
      session.lock();
      await session.unlock(PASSPHRASE);
      const page = session.requireNotebook().audit.list({ limit: 2, offset: 0 });
      expect(page.total).toBe(3);
      expect(page.records).toEqual([
        { seq: 3, at: FIXED.toISOString(), action: 'vault.unlocked', subjectId: null, detail: {} },
        { seq: 2, at: FIXED.toISOString(), action: 'vault.locked', subjectId: null, detail: {} },
      ]);
      expect(session.requireNotebook().audit.list({ limit: 2, offset: 2 }).records.map((r) => r.action)).toEqual(['vault.created']);
      expect(session.requireNotebook().check().audit).toEqual({ ok: true, records: 3, firstBroken: null });
    } finally {
      session.lock();
    }
  });

  it('filters by action and pages', async () => {
    const session = await lockedVaultWithSixRecords();
    await session.unlock(PASSPHRASE);
    const page = session.requireNotebook().audit.list({ limit: 3, offset: 1, action: 'entry.created' });
    expect(page.total).toBe(4);
    expect(page.records.map((r) => [r.seq, r.subjectId, r.detail])).toEqual([
      [4, '00000000-0000-4000-8000-000000000002', { kind: 'meeting' }],
      [3, '00000000-0000-4000-8000-000000000001', { kind: 'meeting' }],
      [2, '00000000-0000-4000-8000-000000000000', { kind: 'meeting' }],
    ]);
  });

  it('refuses an unknown action, a detail that is not a short primitive, and an append outside the write path; nothing is written', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const append = (detail: Record<string, unknown>, action = 'entry.created') => () =>
      notebook.writes.run((audit) => audit({ action: action as AuditAction, detail: detail as Record<string, string> }));
    expect(append({}, 'entry.copied')).toThrow(/Unknown audit action/);
    expect(append({ people: ['a'] })).toThrow(/"people" must be/);
    expect(append({ note: 'x'.repeat(129) })).toThrow(/"note" must be/);
    expect(append({ ratio: 0.5 })).toThrow(/"ratio" must be/);
    expect(notebook.audit.list({ limit: 10, offset: 0 }).total).toBe(1);
    expect(notebook.audit.verify().ok).toBe(true);
  });

  it('is refused outside a transaction', async () => {
    const session = await lockedVaultWithSixRecords();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      const log = new AuditLog(db, new MetaRepository(db), () => FIXED);
      expect(() => log.appendAll([{ action: 'vault.locked' }])).toThrow(/inside the write path/);
    });
  });

  it('rolls the record back with the work when the work fails', async () => {
    const { notebook } = await temp.unlockedNotebook();
    expect(() =>
      notebook.writes.run((audit) => {
        audit({ action: 'entry.deleted', subjectId: '00000000-0000-4000-8000-000000000000' });
        throw new Error('the work failed');
      }),
    ).toThrow('the work failed');
    expect(notebook.audit.list({ limit: 10, offset: 0 }).records.map((r) => r.action)).toEqual(['vault.created']);
  });

  it('a nested run joins the outer one in order, and a nested run that fails takes only its own records back', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const subject = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    notebook.writes.run((audit) => {
      audit({ action: 'entry.created', subjectId: subject(1) });
      notebook.writes.run((inner) => inner({ action: 'entry.created', subjectId: subject(2) }));
      expect(() =>
        notebook.writes.run((inner) => {
          inner({ action: 'entry.deleted', subjectId: subject(9) });
          throw new Error('the nested work failed');
        }),
      ).toThrow('the nested work failed');
      audit({ action: 'entry.created', subjectId: subject(3) });
    });
    const records = notebook.audit.list({ limit: 10, offset: 0 }).records.reverse();
    expect(records.map((r) => [r.seq, r.action, r.subjectId])).toEqual([
      [1, 'vault.created', null],
      [2, 'entry.created', subject(1)],
      [3, 'entry.created', subject(2)],
      [4, 'entry.created', subject(3)],
    ]);
    expect(notebook.audit.verify()).toEqual({ ok: true, records: 4, firstBroken: null });
  });

  it('refuses an audit callback kept past its run', async () => {
    const { notebook } = await temp.unlockedNotebook();
    let kept: ((record: { action: AuditAction }) => void) | undefined;
    notebook.writes.run((audit) => {
      kept = audit;
    });
    expect(() => kept?.({ action: 'vault.locked' })).toThrow(/inside the write path/);
    expect(notebook.audit.list({ limit: 10, offset: 0 }).total).toBe(1);
  });
});

describe('verify() names the first broken link', () => {
  it('holds on an untouched log', async () => {
    const session = await lockedVaultWithSixRecords();
    await expect(tamperAndVerify(session, () => undefined)).resolves.toEqual({ ok: true, records: 6, firstBroken: null });
  });

  it('a row whose detail was altered', async () => {
    const session = await lockedVaultWithSixRecords();
    const verdict = await tamperAndVerify(session, (db) => db.prepare(`UPDATE audit_log SET detail = '{"kind":"trial"}' WHERE seq = 3`).run());
    expect(verdict).toEqual({ ok: false, records: 6, firstBroken: { seq: 3, reason: 'altered' } });
  });

  it('a row altered with its own hash recomputed: its successor no longer links to it', async () => {
    const session = await lockedVaultWithSixRecords();
    const verdict = await tamperAndVerify(session, (db) => {
      const row = db.prepare('SELECT * FROM audit_log WHERE seq = 3').get() as { at: string; action: string; subject_id: string | null; prev_hash: string };
      const forged = { seq: 3, at: row.at, action: row.action, subjectId: row.subject_id, detail: '{"kind":"trial"}', prevHash: row.prev_hash };
      db.prepare('UPDATE audit_log SET detail = ?, hash = ? WHERE seq = 3').run(forged.detail, recordHash(forged));
    });
    expect(verdict.firstBroken).toEqual({ seq: 3, reason: 'altered' });
  });

  it('a middle row deleted', async () => {
    const session = await lockedVaultWithSixRecords();
    const verdict = await tamperAndVerify(session, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 4').run());
    expect(verdict).toEqual({ ok: false, records: 5, firstBroken: { seq: 4, reason: 'missing' } });
  });

  it('the last row deleted (the head kept in vault_meta still names it)', async () => {
    const session = await lockedVaultWithSixRecords();
    const verdict = await tamperAndVerify(session, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 6').run());
    expect(verdict).toEqual({ ok: false, records: 5, firstBroken: { seq: 6, reason: 'missing' } });
  });

  it('two rows swapped (their seq exchanged)', async () => {
    const session = await lockedVaultWithSixRecords();
    const verdict = await tamperAndVerify(session, (db) => {
      db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 3').run();
      db.prepare('UPDATE audit_log SET seq = 3 WHERE seq = 4').run();
      db.prepare('UPDATE audit_log SET seq = 4 WHERE seq = -1').run();
    });
    expect(verdict).toEqual({ ok: false, records: 6, firstBroken: { seq: 3, reason: 'reordered' } });
  });

  it('the chain head removed', async () => {
    const session = await lockedVaultWithSixRecords();
    const verdict = await tamperAndVerify(session, (db) => db.prepare(`DELETE FROM vault_meta WHERE key = 'audit_head'`).run());
    expect(verdict.firstBroken).toEqual({ seq: 6, reason: 'head-mismatch' });
  });

  it('still names a removal after later records were appended, through the notebook’s check', async () => {
    const session = await lockedVaultWithSixRecords();
    await tamperAndVerify(session, (db) => db.prepare('DELETE FROM audit_log WHERE seq = 6').run());
    await session.unlock(PASSPHRASE);
    expect(actions(session)[0]).toBe('vault.unlocked');
    expect(session.requireNotebook().check().audit).toEqual({ ok: false, records: 6, firstBroken: { seq: 6, reason: 'missing' } });
  });
});

describe('failed unlocks, handed over at the next unlock', () => {
  const WALL = 1_800_000_000_000;
  const clockAt = (wallMs: number): (() => ClockReading) => () => ({ wallMs, boot: { id: 'test-boot', uptimeMs: wallMs - WALL + 3_600_000 } });

  it('two wrong passphrases then the right one: one record with the count and the last attempt’s time, before the unlock', async () => {
    let wallMs = WALL;
    const session = new VaultSession({ dir: join(temp.dir(), 'vault'), kdfTargetMs: 0, clock: () => clockAt(wallMs)() });
    try {
      await session.create(PASSPHRASE);
      session.lock();
      expect((await failure(session.unlock('wrong passphrase one'))).code).toBe('WRONG_PASSPHRASE');
      wallMs += 60_000;
      expect((await failure(session.unlock('wrong passphrase two'))).code).toBe('WRONG_PASSPHRASE');
      await session.unlock(PASSPHRASE);
      const [unlocked, failed] = session.requireNotebook().audit.list({ limit: 50, offset: 0 }).records;
      expect(unlocked?.action).toBe('vault.unlocked');
      expect(failed).toMatchObject({ action: 'vault.unlock-failed', detail: { count: 2, lastAt: new Date(WALL + 60_000).toISOString() } });
      // Handed over once: the next unlock has nothing to add.
      session.lock();
      await session.unlock(PASSPHRASE);
      expect(actions(session).filter((a) => a === 'vault.unlock-failed')).toHaveLength(1);
      expect(session.requireNotebook().audit.verify().ok).toBe(true);
    } finally {
      session.lock();
    }
  });

  it('survives a crash between the throttle’s reset and the audit append', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    await failure(session.unlock('wrong passphrase one'));
    await failure(session.unlock('wrong passphrase two'));
    await failure(session.unlock('wrong passphrase three'));
    // What a right passphrase does before any database is open, in a process that then dies.
    new UnlockThrottle(session.layout.throttle, { required: true }).reset();
    expect(JSON.parse(readFileSync(session.layout.throttle, 'utf8'))).toMatchObject({ failures: 0, wrong: { total: 3 } });
    const restarted = temp.session(session.layout.dir);
    await restarted.unlock(PASSPHRASE);
    expect(restarted.requireNotebook().audit.list({ limit: 1, offset: 0, action: 'vault.unlock-failed' }).records[0]?.detail).toMatchObject({ count: 3 });
  });

  it('a counter file replaced by one with a lower total (restored from a backup): all it counts is new to the log', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    await failure(session.unlock('wrong passphrase one'));
    await failure(session.unlock('wrong passphrase two'));
    await session.unlock(PASSPHRASE);
    session.lock();
    const stored = JSON.parse(readFileSync(session.layout.throttle, 'utf8')) as Record<string, unknown>;
    writeFileSync(session.layout.throttle, JSON.stringify({ ...stored, wrong: { total: 1, lastAtMs: WALL } }));
    const restarted = temp.session(session.layout.dir);
    await restarted.unlock(PASSPHRASE);
    const counts = restarted.requireNotebook().audit.list({ limit: 10, offset: 0, action: 'vault.unlock-failed' }).records.map((r) => r.detail.count);
    expect(counts).toEqual([1, 2]);
  });

  it('holds no passphrase and no name (canary)', async () => {
    const canary = 'Canary Qasim Haddad';
    const { session, notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ title: `Meeting with ${canary}`, participants: canary, body: `${canary} said…` }));
    notebook.entries.update(note.id, note.revision, meeting({ title: `Second meeting with ${canary}` }));
    notebook.entries.delete(note.id, note.revision + 1);
    const person = notebook.people.create(personInputSchema.parse({ pseudonym: 'Olive' }), { realName: canary, contacts: '+000 555 0100' });
    notebook.people.reveal(person.id);
    session.lock();
    await failure(session.unlock(`${canary} wrong passphrase`));
    await session.unlock(PASSPHRASE);
    session.lock();
    const stored = await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) =>
      JSON.stringify([db.prepare('SELECT * FROM audit_log').all(), db.prepare(`SELECT * FROM vault_meta WHERE key LIKE 'audit%'`).all()]),
    );
    for (const action of ['entry.created', 'entry.revised', 'entry.deleted', 'person.created', 'person.name-revealed', 'vault.unlock-failed']) expect(stored).toContain(action);
    for (const secret of [canary, 'Qasim', 'Haddad', '555 0100', PASSPHRASE, 'wrong passphrase']) expect(stored).not.toContain(secret);
    expect(readFileSync(session.layout.throttle, 'utf8')).not.toContain('Qasim');
  });
});
