import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { filesContaining } from '../../support/files-containing';
import { PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('nothing decrypted touches the disk', () => {
  it('leaves no trace of a canary in the vault folder or the temp directory, unlocked or locked', async () => {
    const started = Date.now();
    const vaultDir = join(temp.dir(), 'vault');
    const ctx = createHandlerContext({ vaultDir, preferencesFile: join(temp.dir(), 'prefs.json'), kdfTargetMs: 0 });
    const call = async (channel: string, payload: unknown) => {
      const result = await dispatch(ctx, channel, payload, { incident: () => undefined });
      expect(result.ok, JSON.stringify(result)).toBe(true);
      return result;
    };
    const canary = `canary${randomUUID().replaceAll('-', '')}`;
    const arabicCanary = `شاهد${canary.slice(-12)}`;
    const needles = [canary, arabicCanary].flatMap((c) => [Buffer.from(c, 'utf8'), Buffer.from(c, 'utf16le')]);

    await call('vault:create', { passphrase: PASSPHRASE });
    // Enough rows that sorting and indexing do real work (the case where SQLite spills temp files).
    for (let i = 0; i < 40; i += 1) {
      await call('entry:create', {
        entry: {
          kind: 'meeting',
          title: `Defender ${canary} ${i}`,
          body: `${arabicCanary} ${'observation '.repeat(400)} ${canary}`,
          occurredAt: null,
          location: canary,
          counterpartType: 'hrd',
          participants: arabicCanary,
        },
      });
    }
    await call('search:query', { query: canary, limit: 100 });
    await call('search:query', { query: 'observation', limit: 100 });
    await call('entry:list', { limit: 500 });

    expect(filesContaining(vaultDir, needles, 0)).toEqual([]);
    expect(filesContaining(tmpdir(), needles, started)).toEqual([]);
    await call('vault:lock', {});
    expect(filesContaining(vaultDir, needles, 0)).toEqual([]);
    expect(filesContaining(tmpdir(), needles, started)).toEqual([]);
    // A scan that cannot see plaintext proves nothing: check it finds a canary written on purpose.
    const control = temp.dir();
    writeFileSync(join(control, 'control.txt'), `x ${arabicCanary} y`, 'utf8');
    expect(filesContaining(control, needles, started)).toEqual([join(control, 'control.txt')]);
  });
});
