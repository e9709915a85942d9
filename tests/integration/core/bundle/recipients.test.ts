import { describe, expect, it } from 'vitest';
import { generateAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

// Headquarters' keys, by the name the officer gave them: one name and one key each, and only a
// verified one (its fingerprint confirmed over the phone) can be exported to.
describe('export recipients', () => {
  it('adds, lists by name, verifies, and refuses clashes, bad names and bad keys without changing anything', async () => {
    const { session } = await temp.unlockedNotebook();
    const { recipients } = session.requireBundleStores();
    const desk = generateAgeIdentity().recipient;
    const annex = generateAgeIdentity().recipient;

    const added = recipients.add('  HQ desk ', desk, false);
    expect(added).toMatchObject({ name: 'HQ desk', recipient: desk, verified: false });
    expect(added.fingerprint).toMatch(/\S/);
    recipients.add('Annex', annex, true);
    expect(recipients.list().map((r) => [r.name, r.verified])).toEqual([['Annex', true], ['HQ desk', false]]);

    expect(() => recipients.add('HQ desk', generateAgeIdentity().recipient, true)).toThrow(/already the recipient "HQ desk"/);
    expect(() => recipients.add('Second desk', annex, true)).toThrow(/already the recipient "Annex"/);
    expect(() => recipients.add('-desk', generateAgeIdentity().recipient, true)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => recipients.add('Desk', 'age1notakey', true)).toThrow();
    expect(() => recipients.forExport(['HQ desk'])).toThrow(expect.objectContaining({ code: 'NOT_ALLOWED' }));
    expect(recipients.list()).toHaveLength(2);

    expect(recipients.setVerified('HQ desk', true)).toMatchObject({ name: 'HQ desk', verified: true });
    expect(recipients.forExport(['HQ desk', 'Annex', 'HQ desk']).map((r) => r.name)).toEqual(['HQ desk', 'Annex']);
    expect(() => recipients.setVerified('Nobody', true)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => recipients.forExport([])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});
