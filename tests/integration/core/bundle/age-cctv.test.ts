import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findHeaderEnd, parseHeader, serializeHeader } from '../../../../electron/core/bundle/age/header';
import { parseAgeIdentity } from '../../../../electron/core/bundle/age/x25519';
import { decryptAge } from '../../../support/age-run';

// The age community vectors (C2SP CCTV, tests/fixtures/age-cctv/README.md says which and why)
// through the decryption path bundles use. Each vector's `expect` maps to one outcome:
// which error, and whether the header had been accepted when it came. On a payload failure
// the vectors' hash is what Go's age releases before the error; we release less in 7 of them
// (a full chunk at the end of the input is opened only as the final chunk, a final-flagged
// chunk followed by data is never released), which only ever withholds unproven plaintext.
const DIR = join(import.meta.dirname, '../../../fixtures/age-cctv');

interface Vector {
  name: string;
  expect: string;
  payload: string | undefined;
  identities: string[];
  fileKey: string | undefined;
  file: Buffer;
}

function readVector(name: string): Vector {
  const raw = readFileSync(join(DIR, name));
  const split = raw.indexOf('\n\n');
  const fields = raw.subarray(0, split).toString('utf8').split('\n').map((line) => {
    const at = line.indexOf(': ');
    return [line.slice(0, at), line.slice(at + 2)] as const;
  });
  const get = (key: string) => fields.filter(([k]) => k === key).map(([, v]) => v);
  const body = raw.subarray(split + 2);
  return {
    name,
    expect: get('expect')[0] ?? '',
    payload: get('payload')[0],
    identities: get('identity'),
    fileKey: get('file key')[0],
    file: get('compressed')[0] === 'zlib' ? inflateSync(body) : body,
  };
}

const EXPECTED: Record<string, { code: string; headerAccepted: boolean }> = {
  success: { code: 'ok', headerAccepted: true },
  'no match': { code: 'NOT_A_RECIPIENT', headerAccepted: false },
  'HMAC failure': { code: 'BUNDLE_TAMPERED', headerAccepted: false },
  'header failure': { code: 'BUNDLE_MALFORMED', headerAccepted: false },
  'payload failure': { code: 'BUNDLE_TAMPERED', headerAccepted: true },
};

const vectors = readdirSync(DIR).filter((name) => name !== 'README.md').map(readVector);

describe('age CCTV vectors', () => {
  it('has the vectors the README lists', () => {
    expect(vectors.length).toBe(68);
    expect(new Set(vectors.map((v) => v.expect))).toEqual(new Set(Object.keys(EXPECTED)));
  });

  for (const vector of vectors) {
    it(`${vector.name}: ${vector.expect}`, async () => {
      // The `empty` vector has no identity: any identity must fail on the header.
      const identities = (vector.identities.length > 0 ? vector.identities : ['AGE-SECRET-KEY-1GFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPYYSJZGFPQ4EGAEX']).map(parseAgeIdentity);
      const outcome = await decryptAge(vector.file, identities, 1000);
      expect({ code: outcome.code, headerAccepted: outcome.headerAccepted }).toEqual(EXPECTED[vector.expect]);
      if (vector.expect === 'success') expect(outcome.sha256).toBe(vector.payload);
    });
  }

  // The CCTV README: every vector whose header parses can test the header encoder too.
  const reencodable = vectors.filter((v) => (v.expect === 'success' || v.expect === 'payload failure') && v.fileKey);
  it.each(reencodable.map((v) => [v.name, v] as const))('%s: the header we write from its stanzas and file key is the same bytes', (_name, vector) => {
    const header = vector.file.subarray(0, findHeaderEnd(vector.file));
    const parsed = parseHeader(header);
    expect(serializeHeader(parsed.stanzas, Buffer.from(vector.fileKey as string, 'hex')).equals(header)).toBe(true);
  });

  it('re-encodes the headers of every vector that decrypts', () => {
    expect(reencodable.length).toBe(32);
  });
});
