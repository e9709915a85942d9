import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OpenedBundle } from '../../../../electron/core/bundle/bundle-reader';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { officerExportingToHq } from '../../../support/export-to-hq';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

function importInto(session: VaultSession, opened: OpenedBundle) {
  const notebook = session.requireNotebook();
  return session.requireBundleStores().imports.import(opened, { attachments: [], people: [] }, (write) =>
    notebook.writes.run((audit) => {
      const outcome = write();
      audit({ action: 'bundle.imported', subjectId: opened.manifest.bundleId, detail: { sequence: opened.manifest.sequence } });
      return outcome;
    }),
  );
}

describe('headquarters import', () => {
  it('imports a verified bundle once, tracks sequence numbers per officer and flags a missing one', async () => {
    const officer = await officerExportingToHq(temp);
    const hq = await temp.unlockedNotebook();
    officer.notebook.entries.create(meeting({ title: 'Annex meeting' }));
    const dir = temp.dir();
    const open = (name: string) => officer.open(join(dir, name));
    for (const name of ['1.fieldnotes', '2.fieldnotes', '3.fieldnotes']) await officer.exporter.export({ to: ['HQ'], out: join(dir, name), filter: {} });

    const first = await open('1.fieldnotes');
    expect(importInto(hq.session, first)).toEqual({ imported: true, entries: 1, sequence: 1, replayed: false });
    expect(importInto(hq.session, first)).toEqual({ imported: false, entries: 0, sequence: 1, replayed: false });
    expect(importInto(hq.session, await open('3.fieldnotes')).imported).toBe(true);
    const [arrivals] = hq.session.requireBundleStores().imports.arrivals();
    expect(arrivals).toMatchObject({ officerKeyId: officer.stores.officer.public().keyId, arrived: [1, 3], missing: [{ from: 2, to: 2 }], replayed: [] });
    writeFileSync(join(dir, 'copy'), readFileSync(join(dir, '2.fieldnotes')));
    expect(importInto(hq.session, await open('copy')).imported).toBe(true);
    expect(hq.session.requireBundleStores().imports.arrivals()[0]?.missing).toEqual([]);
  }, 120_000);
});
