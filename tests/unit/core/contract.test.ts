import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';

const validMeeting = {
  kind: 'meeting',
  title: 'Hearing follow-up',
  body: '',
  occurredAt: '2026-11-20T09:30:00.000Z',
  location: '',
  counterpartType: null,
  participants: '',
};

describe('IPC contract', () => {
  it('has a route for every channel and no other', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNELS].sort());
  });

  it('accepts a valid meeting and rejects extra, missing or mistyped fields', () => {
    const create = contract['entry:create'].input;
    expect(create.safeParse({ entry: validMeeting }).success).toBe(true);
    expect(create.safeParse({ entry: { ...validMeeting, extra: 1 } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, title: undefined } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, counterpartType: 'spy' } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, occurredAt: 'yesterday' } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, kind: 'consent' } }).success).toBe(false);
    expect(create.safeParse(null).success).toBe(false);
    expect(create.safeParse('{"entry":{}}').success).toBe(false);
  });

  it('refuses text that cannot be stored faithfully, and oversize notes', () => {
    const create = contract['entry:create'].input;
    expect(create.safeParse({ entry: { ...validMeeting, title: 'bad \uD800 surrogate' } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, body: 'nul\u0000inside' } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, title: '   ' } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, body: 'x'.repeat(1_000_001) } }).success).toBe(false);
    expect(create.safeParse({ entry: { ...validMeeting, title: 'עברית العربية 中文 🕊️ \u200F' } }).success).toBe(true);
  });

  it('requires 12 characters and a passphrase hard to guess (tests/unit/shared/passphrase-strength.test.ts)', () => {
    const create = contract['vault:create'].input;
    expect(create.safeParse({ passphrase: 'short' }).success).toBe(false);
    expect(create.safeParse({ passphrase: '🕊️🕊️🕊️🕊️' }).success).toBe(false);
    expect(create.safeParse({ passphrase: 'aaaaaaaaaaaa' }).success).toBe(false);
    expect(create.safeParse({ passphrase: 'violet harbor juniper quietly ledger' }).success).toBe(true);
    const change = contract['vault:change-passphrase'].input;
    expect(change.safeParse({ current: 'aaaaaaaaaaaa', next: 'password1234', rekey: false }).success).toBe(false);
    expect(change.safeParse({ current: 'aaaaaaaaaaaa', next: 'violet harbor juniper quietly ledger', rekey: false }).success).toBe(true);
    expect(contract['vault:unlock'].input.safeParse({ passphrase: 'x'.repeat(5000) }).success).toBe(false);
  });

  it('output schemas keep anything undeclared from reaching the renderer', () => {
    const status = contract['vault:status'].output;
    expect(status.safeParse({ state: 'locked', retryAfterMs: 0, purgeFailed: false }).success).toBe(true);
    expect(status.safeParse({ state: 'locked', retryAfterMs: 0, purgeFailed: false, path: '/home/officer/vault' }).success).toBe(false);
  });
});
