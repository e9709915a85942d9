import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, canonicalDetail, recordHash } from '../../../electron/core/audit/audit-hash';

// The encoding is documented for whoever verifies a chain outside Fieldnotes: these pin it byte for byte.
describe('the audit hash encoding', () => {
  it('writes detail with its keys in code-unit order, integer-like keys included, and no whitespace', () => {
    expect(canonicalDetail({ b: 1, a: 'x', '10': true, '9': null })).toBe('{"10":true,"9":null,"a":"x","b":1}');
    expect(canonicalDetail({})).toBe('{}');
  });

  it('hashes the JSON array [tag, prev_hash, seq, at, action, subject_id, detail] as UTF-8', () => {
    const record = { seq: 7, at: '2026-11-20T09:30:00.000Z', action: 'entry.created', subjectId: null, detail: '{"kind":"trial"}', prevHash: GENESIS_HASH };
    const text = `["fieldnotes-audit-v1","${'0'.repeat(64)}",7,"2026-11-20T09:30:00.000Z","entry.created",null,{"kind":"trial"}]`;
    expect(recordHash(record)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(recordHash({ ...record, subjectId: 'a1' })).not.toBe(recordHash(record));
    expect(recordHash({ ...record, seq: 8 })).not.toBe(recordHash(record));
  });
});
