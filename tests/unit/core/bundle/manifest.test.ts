import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../../../electron/core/bundle/manifest';

const PHOTO = 'attachments/0b5d8c2e-3f4a-4b6c-8d9e-0f1a2b3c4d5e';
const base = {
  format: 'fieldnotes-bundle',
  version: 1,
  bundleId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  sequence: 1,
  createdAt: '2026-12-01T10:00:00Z',
  officer: { keyId: '0123456789ABCDEF', fingerprint: '3F2A 91C0 77DE 0B41 A9E5' },
  recipients: [{ name: 'HQ', recipient: `age1${'q'.repeat(58)}`, fingerprint: '3F2A 91C0 77DE 0B41 A9E5' }],
  filter: { revisions: false },
  counts: { entries: 1, revisions: 0, people: 0, attachments: 1 },
  redactions: [],
  files: [{ name: PHOTO, size: 10 }],
};
const parse = (manifest: object) => () => parseManifest(Buffer.from(JSON.stringify(manifest)));

// docs/bundle-format.md §5.1: attachmentMetadata is optional (earlier bundles lack it) and only names declared files.
describe('manifest attachmentMetadata', () => {
  it('is read when present and not required', () => {
    expect(parse(base)().attachmentMetadata).toBeUndefined();
    const record = { file: PHOTO, carried: ['location', 'device'], outcome: 'kept' };
    expect(parse({ ...base, attachmentMetadata: [record] })().attachmentMetadata).toEqual([record]);
  });

  it('refuses a record for a file the manifest does not declare, an unknown outcome or flag, an empty carried list', () => {
    const record = { file: PHOTO, carried: ['location'], outcome: 'removed' };
    expect(parse({ ...base, attachmentMetadata: [{ ...record, file: 'attachments/other' }] })).toThrow(/does not declare/);
    expect(parse({ ...base, attachmentMetadata: [{ ...record, outcome: 'lost' }] })).toThrow(expect.objectContaining({ code: 'BUNDLE_MALFORMED' }));
    expect(parse({ ...base, attachmentMetadata: [{ ...record, carried: ['name'] }] })).toThrow(expect.objectContaining({ code: 'BUNDLE_MALFORMED' }));
    expect(parse({ ...base, attachmentMetadata: [{ ...record, carried: [] }] })).toThrow(expect.objectContaining({ code: 'BUNDLE_MALFORMED' }));
  });
});
