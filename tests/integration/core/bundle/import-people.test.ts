import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { writeBundle } from '../../../../electron/core/bundle/bundle-writer';
import { importBundle } from '../../../../electron/core/bundle/import-service';
import { handMadeBundle } from '../../../support/hand-made-bundle';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

// A signed bundle can still be malformed: a person listed twice is refused by name, not as an internal error.
describe('headquarters import of people.json', () => {
  it('refuses a person listed twice as a malformed bundle, importing nothing', async () => {
    const hq = await temp.unlockedNotebook();
    const personId = randomUUID();
    const people = Buffer.from(JSON.stringify([{ personId, pseudonym: 'Falcon', named: false }, { personId, pseudonym: 'Heron', named: false }]));
    const { request, signer, hq: key } = handMadeBundle(join(temp.dir(), 'twice.fieldnotes'), [{ name: 'people.json', size: people.length, content: () => people }], { people: 2 });
    await writeBundle(request);
    const out = request.out;
    const refused = await importBundle(hq.notebook, hq.session.requireBundleStores().imports, { path: out, identities: [parseAgeIdentity(key.identity)], signers: [signer] }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'BUNDLE_MALFORMED' });
    expect((refused as Error).message).toMatch(/people\.json lists the person .* twice/);
    expect(hq.session.requireBundleStores().imports.arrivals()).toEqual([]);
  }, 120_000);
});
