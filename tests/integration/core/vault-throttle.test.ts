import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { failure } from '../../support/app-error';

const temp = useTempDirs();

describe('the unlock throttle in the vault session', () => {
  it('is created with the vault, as a zero count', async () => {
    const { session } = await temp.unlockedNotebook();
    expect(JSON.parse(readFileSync(session.layout.throttle, 'utf8'))).toMatchObject({ failures: 0, tampered: false });
  });

  it('refuses even the right passphrase for five minutes when the counter was deleted, and says why', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    rmSync(session.layout.throttle);
    expect(session.status().retryAfterMs).toBe(300_000);
    const refused = await failure(session.unlock(PASSPHRASE));
    expect(refused).toMatchObject({ code: 'THROTTLED', retryAfterMs: 300_000 });
    expect(refused.message).toMatch(/deleted or altered/);
    expect(existsSync(session.layout.throttle)).toBe(true);
  });

  it('counts a wrong passphrase before trying it, and a right one sets the count back to zero (file kept)', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    expect(await failure(session.unlock('wrong passphrase one'))).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(await failure(session.unlock('wrong passphrase two'))).toMatchObject({ code: 'WRONG_PASSPHRASE' });
    expect(JSON.parse(readFileSync(session.layout.throttle, 'utf8'))).toMatchObject({ failures: 2 });
    await session.unlock(PASSPHRASE);
    expect(JSON.parse(readFileSync(session.layout.throttle, 'utf8'))).toMatchObject({ failures: 0 });
  });
});
