import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

/**
 * tests/fixtures/vault-v1 was written by the first build of the vault format (header v1,
 * schema 1). Every later build must still open it: a change to the header's authenticated
 * bytes, the KDF call, the SQLCipher settings or a migration that breaks old data fails here.
 */
describe('a vault made by an earlier build', () => {
  it('unlocks, migrates and shows its note', async () => {
    const dir = join(temp.dir(), 'vault');
    cpSync(resolve(__dirname, '../../fixtures/vault-v1'), dir, { recursive: true });
    const session = temp.session(dir);
    expect((await session.unlock('fixture vault passphrase')).state).toBe('unlocked');
    // The upgrade recreated the search index (migration 10): it is rebuilt from the entries as a job.
    await session.jobs.idle();
    const notebook = session.requireNotebook();
    expect(notebook.check()).toMatchObject({ integrity: ['ok'], counts: { meeting: 1 } });
    const hit = notebook.search.query({ query: 'المدافعين', limit: 20, offset: 0 }).hits[0];
    expect(hit).toBeDefined();
    expect(notebook.entries.get(hit?.id ?? '')).toMatchObject({ title: 'Fixture note — ملاحظة ثابتة', participants: 'Pseudonym: Cedar', revision: 1 });
  });
});
