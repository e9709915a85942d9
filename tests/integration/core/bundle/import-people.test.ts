import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateAgeIdentity, parseAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { writeBundle } from '../../../../electron/core/bundle/bundle-writer';
import { importBundle } from '../../../../electron/core/bundle/import-service';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../../../electron/core/bundle/manifest';
import { generateMinisignKey, keyIdHex, minisignFingerprint } from '../../../../electron/core/bundle/minisign/minisign';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

// A signed bundle can still be malformed: a person listed twice is refused by name, not as an internal error.
describe('headquarters import of people.json', () => {
  it('refuses a person listed twice as a malformed bundle, importing nothing', async () => {
    const hq = await temp.unlockedNotebook();
    const key = generateAgeIdentity();
    const signer = generateMinisignKey();
    const personId = randomUUID();
    const people = Buffer.from(JSON.stringify([{ personId, pseudonym: 'Falcon', named: false }, { personId, pseudonym: 'Heron', named: false }]));
    const out = join(temp.dir(), 'twice.fieldnotes');
    await writeBundle({
      out,
      recipients: [key.recipient],
      signer,
      manifest: {
        format: BUNDLE_FORMAT,
        version: BUNDLE_VERSION,
        bundleId: randomUUID(),
        sequence: 1,
        createdAt: '2026-12-01T10:00:00Z',
        officer: { keyId: keyIdHex(signer.keyId), fingerprint: minisignFingerprint(signer) },
        recipients: [{ name: 'HQ', recipient: key.recipient, fingerprint: '' }],
        filter: {},
        counts: { entries: 0, revisions: 0, people: 2, attachments: 0 },
        redactions: [],
      },
      files: [{ name: 'people.json', size: people.length, content: () => people }],
    });
    const refused = await importBundle(hq.notebook, hq.session.requireBundleStores().imports, { path: out, identities: [parseAgeIdentity(key.identity)], signers: [signer] }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'BUNDLE_MALFORMED' });
    expect((refused as Error).message).toMatch(/people\.json lists the person .* twice/);
    expect(hq.session.requireBundleStores().imports.arrivals()).toEqual([]);
  }, 120_000);
});
