import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DesktopPort } from '../../../electron/core/handlers/context';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { handlers } from '../../../electron/core/handlers/handlers';
import { PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

function setup(desktop?: DesktopPort) {
  const dir = temp.dir();
  const ctx = createHandlerContext({ vaultDir: join(dir, 'vault'), preferencesFile: join(dir, 'prefs.json'), kdfTargetMs: 0, desktop });
  const incidents: { id: string; error: unknown }[] = [];
  const call = (channel: unknown, payload: unknown) => dispatch(ctx, channel, payload, { incident: (id, _c, error) => incidents.push({ id, error }) });
  return { ctx, call, incidents };
}

describe('dispatch (the path every IPC call and CLI command takes)', () => {
  it('rejects unknown channels and malformed payloads with INVALID_INPUT and runs nothing', async () => {
    const { call, ctx } = setup();
    expect(await call('fs:read', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call({ toString: () => 'vault:create' }, {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const bad = await call('vault:create', { passphrase: 'short' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(JSON.stringify(bad)).not.toMatch(/at .*\.ts/); // no stack
    expect(await call('vault:create', { passphrase: PASSPHRASE, admin: true })).toMatchObject({ ok: false });
    expect(ctx.vault.status().state).toBe('absent');
  });

  it('answers VAULT_LOCKED for notebook channels while locked', async () => {
    const { call } = setup();
    expect(await call('entry:list', {})).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    expect(await call('search:query', { query: 'x' })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
  });

  it('runs the full create → unlock → write → search → lock path', async () => {
    const { call } = setup();
    expect(await call('vault:create', { passphrase: PASSPHRASE })).toEqual({ ok: true, value: { state: 'unlocked', retryAfterMs: 0, purgeFailed: false } });
    const created = await call('entry:create', {
      entry: { kind: 'meeting', title: 'Consent discussed', body: 'verbal consent', occurredAt: null, location: '', counterpartType: 'hrd', participants: '' },
    });
    expect(created.ok).toBe(true);
    const found = await call('search:query', { query: 'consent' });
    expect(found).toMatchObject({ ok: true, value: { total: 1 } });
    expect(await call('vault:lock', {})).toEqual({ ok: true, value: { state: 'locked', retryAfterMs: 0, purgeFailed: false } });
    expect(await call('vault:unlock', { passphrase: 'wrong passphrase' })).toMatchObject({ ok: false, error: { code: 'WRONG_PASSPHRASE', message: 'Wrong passphrase.' } });
  });

  it('turns an unexpected failure into INTERNAL with an incident id, logging the real error', async () => {
    const { call, incidents } = setup();
    const original = handlers['prefs:get'];
    handlers['prefs:get'] = () => {
      throw new Error('disk controller on fire at /secret/path');
    };
    try {
      const result = await call('prefs:get', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(result)).not.toContain('/secret/path');
      expect(incidents).toHaveLength(1);
      expect(result.ok === false && result.error.incidentId).toBe(incidents[0]?.id);
    } finally {
      handlers['prefs:get'] = original;
    }
  });

  it('refuses to send a handler output the contract does not declare', async () => {
    const { call } = setup();
    const original = handlers['vault:status'];
    handlers['vault:status'] = () => ({ state: 'locked', retryAfterMs: 0, dataKey: 'deadbeef' }) as never;
    try {
      const result = await call('vault:status', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(JSON.stringify(result)).not.toContain('deadbeef');
    } finally {
      handlers['vault:status'] = original;
    }
  });

  it('remembers preferences and validates them', async () => {
    const { call } = setup();
    expect(await call('prefs:get', {})).toEqual({
      ok: true,
      value: { language: 'en', idleLockMinutes: 5, screenCaptureProtection: true, allowOpeningLinks: false, digits: 'latn', theme: 'system' },
    });
    expect(await call('prefs:set', { language: 'ar' })).toMatchObject({ ok: true, value: { language: 'ar' } });
    expect(await call('prefs:set', { language: 'xx' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('prefs:get', {})).toMatchObject({ ok: true, value: { language: 'ar' } });
  });
});

describe('vault:purge', () => {
  it('needs the typed confirmation, then leaves no vault', async () => {
    const { call, ctx } = setup();
    await call('vault:create', { passphrase: PASSPHRASE });
    expect(await call('vault:purge', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('vault:purge', { confirm: true })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(ctx.vault.status().state).toBe('unlocked');
    expect(await call('vault:purge', { confirm: 'destroy this vault' })).toEqual({ ok: true, value: { state: 'absent', retryAfterMs: 0, purgeFailed: false } });
  });
});

describe('desktop-only channels', () => {
  function recordingDesktop() {
    const opened: string[] = [];
    const copied: string[] = [];
    const desktop: DesktopPort = {
      openExternal: (url) => Promise.resolve(void opened.push(url)),
      copySensitive: (text) => Promise.resolve(void copied.push(text)),
      pickFiles: () => Promise.resolve([]),
      pickSaveTarget: () => Promise.resolve(null),
    };
    return { desktop, opened, copied };
  }

  it('answer UNAVAILABLE where there is no desktop (the CLI)', async () => {
    const { call } = setup();
    expect(await call('clipboard:copy-sensitive', { text: 'Ms. K' })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });

  it('open a link only when the setting allows it, and only http(s)/mailto without credentials', async () => {
    const { desktop, opened } = recordingDesktop();
    const { call } = setup(desktop);
    expect(await call('link:open', { url: 'https://ohchr.org/' })).toMatchObject({ ok: false, error: { code: 'NOT_ALLOWED' } });
    await call('prefs:set', { allowOpeningLinks: true });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'https://user:pw@example.org/', 'smb://share/x']) {
      expect(await call('link:open', { url }), url).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(await call('link:open', { url: 'https://ohchr.org/' })).toEqual({ ok: true, value: {} });
    expect(opened).toEqual(['https://ohchr.org/']);
  });

  it('hand a sensitive value to the clipboard guard', async () => {
    const { desktop, copied } = recordingDesktop();
    const { call } = setup(desktop);
    expect(await call('clipboard:copy-sensitive', { text: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('clipboard:copy-sensitive', { text: 'Ms. K, +000 555' })).toEqual({ ok: true, value: {} });
    expect(copied).toEqual(['Ms. K, +000 555']);
  });
});
