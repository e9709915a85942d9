import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgeIdentity, parseAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { ExportService } from '../../../../electron/core/bundle/export-service';
import { importBundle } from '../../../../electron/core/bundle/import-service';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { meeting, PASSPHRASE, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

describe('sequence numbers at headquarters', () => {
  it('a second bundle id under a sequence number that already arrived is flagged as replayed, in the outcome, the list and the arrivals; a gap is missing', async () => {
    const dir = temp.dir();
    const hqKey = generateAgeIdentity();
    const officer = temp.session(join(dir, 'officer'));
    await officer.create(PASSPHRASE);
    officer.requireBundleStores().recipients.add('HQ', hqKey.recipient, true);
    officer.requireNotebook().entries.create(meeting({ title: 'Annex meeting' }));
    const signer = officer.requireBundleStores().officer.publicKey();
    const exportFrom = async (session: VaultSession, name: string) => {
      const stores = session.requireBundleStores();
      await new ExportService(session.requireNotebook(), stores.officer, stores.recipients, () => new Date()).export({ to: ['HQ'], out: join(dir, name), filter: {} });
      return join(dir, name);
    };
    const importInto = (hq: VaultSession, path: string) =>
      importBundle(hq.requireNotebook(), hq.requireBundleStores().imports, { path, identities: [parseAgeIdentity(hqKey.identity)], signers: [signer] });

    const first = await exportFrom(officer, '1.fieldnotes');
    // A restored backup of the officer's vault numbers its next bundle as the original did.
    officer.lock();
    cpSync(join(dir, 'officer'), join(dir, 'backup'), { recursive: true });
    await officer.unlock(PASSPHRASE);
    const backup = temp.session(join(dir, 'backup'));
    await backup.unlock(PASSPHRASE);
    const second = await exportFrom(officer, '2.fieldnotes');
    const secondAgain = await exportFrom(backup, '2-from-backup.fieldnotes');
    const third = await exportFrom(officer, '3.fieldnotes');

    const hq = await temp.unlockedNotebook();
    expect(await importInto(hq.session, first)).toMatchObject({ sequence: 1, imported: true, replayed: false });
    const original = await importInto(hq.session, second);
    expect(original).toMatchObject({ sequence: 2, imported: true, replayed: false });
    const replay = await importInto(hq.session, secondAgain);
    expect(replay).toMatchObject({ sequence: 2, imported: true, replayed: true });
    expect(replay.bundleId).not.toBe(original.bundleId);
    // The same replayed bundle again is just already imported: nothing changes.
    expect(await importInto(hq.session, secondAgain)).toMatchObject({ imported: false, entries: 0 });

    const { imports } = hq.session.requireBundleStores();
    expect(imports.arrivals()).toEqual([{ officerKeyId: original.officer.keyId, officerFingerprint: original.officer.fingerprint, arrived: [1, 2], missing: [], replayed: [2] }]);
    const flagged = imports.list().filter((b) => b.replayed).map((b) => b.bundleId).sort();
    expect(flagged).toEqual([original.bundleId, replay.bundleId].sort());
    const audit = hq.notebook.audit.list({ limit: 50, offset: 0, action: 'bundle.imported' }).records;
    expect(audit).toHaveLength(3);

    const gapped = await temp.unlockedNotebook();
    await importInto(gapped.session, first);
    expect(await importInto(gapped.session, third)).toMatchObject({ sequence: 3, replayed: false });
    expect(gapped.session.requireBundleStores().imports.arrivals()).toMatchObject([{ arrived: [1, 3], missing: [{ from: 2, to: 2 }], replayed: [] }]);
  }, 180_000);
});
