import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleTrustedComment, formatSha256Sums, parseBundleTrustedComment, parseSha256Sums } from '../../../../electron/core/bundle/signed-sums';
import { codeOf } from '../../../support/error-code';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex');

describe('SHA256SUMS', () => {
  it('is what sha256sum -c checks, sorted by name, and parses back', () => {
    const dir = temp.dir();
    const files = { 'manifest.json': '{}', 'entries/b.json': 'b', 'attachments/ا.jpg': 'arabic name', 'entries/a.json': 'a' };
    mkdirSync(join(dir, 'entries'));
    mkdirSync(join(dir, 'attachments'));
    for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
    const sums = formatSha256Sums(Object.entries(files).map(([name, data]) => ({ name, sha256: sha256(data) })));
    expect(sums.split('\n').slice(0, -1).map((l) => l.slice(66))).toEqual(['attachments/ا.jpg', 'entries/a.json', 'entries/b.json', 'manifest.json']);
    writeFileSync(join(dir, 'SHA256SUMS'), sums);
    expect(execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('entries/a.json: OK');
    expect(parseSha256Sums(sums).map((s) => s.name)).toHaveLength(4);
    writeFileSync(join(dir, 'entries/a.json'), 'changed');
    expect(() => execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, stdio: 'ignore' })).toThrow();
  });

  it('refuses anything it would not have written', () => {
    const line = (name: string) => `${sha256(name)}  ${name}\n`;
    expect(codeOf(() => parseSha256Sums(line('b') + line('a')))).toBe('BUNDLE_MALFORMED');
    expect(codeOf(() => parseSha256Sums(line('a') + line('a')))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseSha256Sums(`${sha256('a')} *a\n`))).toBe('BUNDLE_MALFORMED');
    expect(codeOf(() => parseSha256Sums(line('a').trimEnd()))).toBe('BUNDLE_MALFORMED');
    expect(codeOf(() => parseSha256Sums(line('../a')))).toBe('ARCHIVE_REFUSED');
    expect(codeOf(() => formatSha256Sums([{ name: 'SHA256SUMS', sha256: sha256('') }]))).toBe('INVALID_INPUT');
  });
});

describe('the trusted comment', () => {
  it('carries the bundle id and created-at, and nothing else parses as one', () => {
    const stamp = { bundleId: '0b9c7a52-5d0e-4f7e-9a51-3c1c2f4b8e11', createdAt: '2026-12-01T10:00:00Z' };
    expect(parseBundleTrustedComment(bundleTrustedComment(stamp))).toEqual(stamp);
    expect(codeOf(() => bundleTrustedComment({ ...stamp, createdAt: '2026-12-01T10:00:00.123Z' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseBundleTrustedComment(`${bundleTrustedComment(stamp)} extra`))).toBe('BUNDLE_MALFORMED');
    expect(codeOf(() => parseBundleTrustedComment('timestamp:1764583200\tfile:SHA256SUMS\thashed'))).toBe('BUNDLE_MALFORMED');
  });
});
