import { randomUUID } from 'node:crypto';
import { generateAgeIdentity } from '../../electron/core/bundle/age/x25519';
import type { BundleFile, WriteBundleRequest } from '../../electron/core/bundle/bundle-writer';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../../electron/core/bundle/manifest';
import { generateMinisignKey, keyIdHex, minisignFingerprint } from '../../electron/core/bundle/minisign/minisign';

/**
 * A writeBundle request for files a test chooses, signed by a fresh officer key and encrypted to
 * a fresh headquarters key (both returned): what no export would write, made and signed anyway.
 */
export function handMadeBundle(out: string, files: readonly BundleFile[], counts: Partial<Record<'entries' | 'people' | 'attachments', number>> = {}) {
  const signer = generateMinisignKey();
  const hq = generateAgeIdentity();
  const request: WriteBundleRequest = {
    out,
    recipients: [hq.recipient],
    signer,
    manifest: {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      bundleId: randomUUID(),
      sequence: 1,
      createdAt: '2026-12-01T10:00:00Z',
      officer: { keyId: keyIdHex(signer.keyId), fingerprint: minisignFingerprint(signer) },
      recipients: [{ name: 'HQ', recipient: hq.recipient, fingerprint: '' }],
      filter: {},
      counts: { entries: 0, revisions: 0, people: 0, attachments: 0, ...counts },
      redactions: [],
    },
    files,
  };
  return { request, signer, hq };
}
