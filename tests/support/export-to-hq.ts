import { generateAgeIdentity, parseAgeIdentity } from '../../electron/core/bundle/age/x25519';
import { openBundle } from '../../electron/core/bundle/bundle-reader';
import { ExportService } from '../../electron/core/bundle/export-service';
import type { useTempDirs } from './temp-vault';

/**
 * What an export test starts from: an unlocked officer's notebook with a verified recipient
 * 'HQ' (a fresh age key), its exporter, and `open` to read a bundle as headquarters does,
 * holding HQ's key and trusting this officer's.
 */
export async function officerExportingToHq(temp: ReturnType<typeof useTempDirs>) {
  const { session, notebook } = await temp.unlockedNotebook();
  const stores = session.requireBundleStores();
  const hq = generateAgeIdentity();
  stores.recipients.add('HQ', hq.recipient, true);
  const exporter = new ExportService(notebook, stores.officer, stores.recipients, () => new Date());
  const open = (path: string, extractTo?: string) => openBundle({ path, identities: [parseAgeIdentity(hq.identity)], signers: [stores.officer.publicKey()], extractTo });
  return { session, notebook, stores, exporter, open };
}
