import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { VaultSession } from '../../../electron/core/vault/session';
import { meeting } from '../../support/temp-vault';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { PASSPHRASE, runInProcess, useTempDir } from './run-cli';

const tempDir = useTempDir();

describe('search after an update that changed the index', () => {
  it('waits for the rebuild: a command locks when it ends, which would cancel it every time', async () => {
    const vault = join(tempDir(), 'v');
    const session = new VaultSession({ dir: vault, kdfTargetMs: 0 });
    await session.create(PASSPHRASE);
    session.requireNotebook().entries.createMany([meeting({ body: 'طلبت هيئة الدفاع التأجيل' }), meeting({ body: 'قرار التأجيل' })]);
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
      db.prepare("UPDATE vault_meta SET value = '1' WHERE key = 'search_index_version'").run();
    });

    const result = await runInProcess(['search', 'التأجيل', '--json'], { env: { FIELDNOTES_VAULT: vault, FIELDNOTES_PASSPHRASE: PASSPHRASE } });
    expect(result.code, result.stderr).toBe(0);
    const found = contract['search:query'].output.parse(JSON.parse(result.stdout));
    expect(found.total).toBe(2);
    expect(found.indexIncomplete).toBeUndefined();
  });
});
