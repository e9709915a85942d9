import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { readTar, type ReadTarOptions } from '../../../../electron/core/bundle/tar/tar-reader';
import { tarStream, type TarFile } from '../../../../electron/core/bundle/tar/tar-writer';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();
const LIMITS: ReadTarOptions = { maxEntryBytes: 1024 * 1024 };

async function collect(chunks: AsyncIterable<Buffer>): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of chunks) parts.push(Buffer.from(chunk));
  return Buffer.concat(parts);
}

/** Every entry with its content, read in 1000-byte pieces of input. */
async function readAll(archive: Buffer, options = LIMITS): Promise<Map<string, Buffer | 'directory'>> {
  const pieces = Readable.from(Array.from({ length: Math.ceil(archive.length / 1000) }, (_, i) => archive.subarray(i * 1000, i * 1000 + 1000)));
  const entries = new Map<string, Buffer | 'directory'>();
  for await (const entry of readTar(pieces, options)) entries.set(entry.name, entry.type === 'directory' ? 'directory' : await collect(entry.content));
  return entries;
}

async function refusal(archive: Buffer, options = LIMITS): Promise<string> {
  const error = await readAll(archive, options).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('ARCHIVE_REFUSED');
  return (error as AppError).message;
}

/** A ustar header built by hand, independently of the code under test, for archives no tar would write. */
function header(name: string, options: { type?: string; size?: number; magic?: string; linkname?: string; sizeField?: Buffer } = {}): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100, 'utf8');
  block.write('0000644\0', 100, 'latin1');
  block.write('0000000\0', 108, 'latin1');
  block.write('0000000\0', 116, 'latin1');
  (options.sizeField ?? Buffer.from(`${(options.size ?? 0).toString(8).padStart(11, '0')}\0`, 'latin1')).copy(block, 124);
  block.write('00000000000\0', 136, 'latin1');
  block.write(options.type ?? '0', 156, 'latin1');
  block.write(options.linkname ?? '', 157, 100, 'utf8');
  block.write(options.magic ?? 'ustar\u000000', 257, 'latin1');
  block.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of block) sum += byte;
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return block;
}

const padded = (data: Buffer) => Buffer.concat([data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
const END = Buffer.alloc(1024);
const file = (name: string, data: Buffer) => Buffer.concat([header(name, { size: data.length }), padded(data)]);
const archiveOf = (...parts: Buffer[]) => Buffer.concat([...parts, END]);

const sh = (dir: string, script: string) => execFileSync('sh', ['-c', script], { cwd: dir, env: { ...process.env, TZ: 'UTC' } });

describe('tar writer', () => {
  const files = (): TarFile[] => [
    { name: 'manifest.json', size: 2, mtime: 1_764_583_200, content: Buffer.from('{}') },
    { name: 'SHA256SUMS', size: 0, mtime: 1_764_583_200, content: Buffer.alloc(0) },
    { name: `attachments/${'a'.repeat(90)}/${'b'.repeat(90)}.bin`, size: 513, mtime: 1_764_583_200, content: randomBytes(513) },
    { name: 'entries/e.json', size: 100_000, mtime: 1_764_583_200, content: Readable.from([randomBytes(60_000), randomBytes(40_000)]) },
  ];

  it('writes an archive GNU tar extracts and our reader reads back, byte for byte', async () => {
    const dir = temp.dir();
    const input = files();
    const archive = await collect(tarStream(input));
    writeFileSync(join(dir, 'out.tar'), archive);
    mkdirSync(join(dir, 'x'));
    sh(dir, 'tar -xf out.tar -C x');
    const read = await readAll(archive);
    expect([...read.keys()]).toEqual(input.map((f) => f.name));
    for (const [name, data] of read) expect(readFileSync(join(dir, 'x', name)).equals(data as Buffer)).toBe(true);
    expect(sh(dir, 'tar -tvf out.tar').toString()).toMatch(/-rw-r--r-- 0\/0 +2 2025-12-01 10:00 manifest\.json/);
  });

  it('is deterministic: the same files make the same bytes', async () => {
    const content = randomBytes(1000);
    const one = (): TarFile[] => [{ name: 'a', size: 1000, mtime: 0, content }];
    expect((await collect(tarStream(one()))).equals(await collect(tarStream(one())))).toBe(true);
  });

  it('refuses a source that gives more or fewer bytes than declared, duplicates and unsafe names', async () => {
    const fail = (entries: TarFile[]) => collect(tarStream(entries)).then(() => 'ok', (e: AppError) => e.code);
    expect(await fail([{ name: 'a', size: 3, mtime: 0, content: Buffer.from('ab') }])).toBe('INVALID_INPUT');
    expect(await fail([{ name: 'a', size: 1, mtime: 0, content: Buffer.from('ab') }])).toBe('INVALID_INPUT');
    expect(await fail([{ name: 'a', size: 0, mtime: 0, content: Buffer.alloc(0) }, { name: 'A', size: 0, mtime: 0, content: Buffer.alloc(0) }])).toBe('INVALID_INPUT');
    expect(await fail([{ name: '../a', size: 0, mtime: 0, content: Buffer.alloc(0) }])).toBe('ARCHIVE_REFUSED');
  });
});

describe('tar reader: archives made by hand at headquarters', () => {
  it.each(['gnu', 'ustar', 'pax'])('reads GNU tar --format=%s, with ./ names and directories', async (format) => {
    const dir = temp.dir();
    mkdirSync(join(dir, 'in/entries'), { recursive: true });
    writeFileSync(join(dir, 'in/SHA256SUMS'), 'sums\n');
    writeFileSync(join(dir, 'in/entries/e.json'), '{"a":1}');
    sh(dir, `tar --format=${format} -cf out.tar -C in .`);
    const read = await readAll(readFileSync(join(dir, 'out.tar')));
    expect(read.get('SHA256SUMS')?.toString()).toBe('sums\n');
    expect(read.get('entries/e.json')?.toString()).toBe('{"a":1}');
    expect(read.get('entries')).toBe('directory');
  });
});

describe('tar reader: hostile archives are refused, naming what', () => {
  it('path traversal and absolute paths', async () => {
    expect(await refusal(archiveOf(file('../evil', Buffer.from('x'))))).toMatch(/climbs out/);
    expect(await refusal(archiveOf(file('entries/../../evil', Buffer.from('x'))))).toMatch(/climbs out/);
    expect(await refusal(archiveOf(file('/etc/evil', Buffer.from('x'))))).toMatch(/absolute path/);
    expect(await refusal(archiveOf(file('..\\evil', Buffer.from('x'))))).toMatch(/backslash/);
    expect(await refusal(archiveOf(file('C:evil', Buffer.from('x'))))).toMatch(/colon/);
    const dir = temp.dir();
    writeFileSync(join(dir, 'f'), 'x');
    sh(dir, `tar -P -cf abs.tar ${join(dir, 'f')}`);
    expect(await refusal(readFileSync(join(dir, 'abs.tar')))).toMatch(/absolute path/);
  });

  it('names Windows cannot create or would rename: device names with any extension, a trailing dot or space, <>"|?*', async () => {
    for (const name of ['CON', 'nul.txt', 'entries/Com1.json', 'attachments/LPT9', 'aux .json', 'CONIN$']) {
      expect(await refusal(archiveOf(file(name, Buffer.from('x'))))).toMatch(/reserves for a device/);
    }
    for (const name of ['entries/e.json.', 'entries /e.json', 'people.json ']) {
      expect(await refusal(archiveOf(file(name, Buffer.from('x'))))).toMatch(/ending in a dot or a space/);
    }
    for (const name of ['what?.json', 'a*b', 'x|y', 'a<b>', 'say"hi"']) {
      expect(await refusal(archiveOf(file(name, Buffer.from('x'))))).toMatch(/Windows refuses/);
    }
    // Names that only look alike stay allowed.
    const read = await readAll(archiveOf(file('CONSOLE.json', Buffer.from('a')), file('entries/nul-report.json', Buffer.from('b')), file('COM10', Buffer.from('c'))));
    expect([...read.keys()]).toEqual(['CONSOLE.json', 'entries/nul-report.json', 'COM10']);
  });

  it('symbolic links, hard links, FIFOs and devices', async () => {
    const dir = temp.dir();
    writeFileSync(join(dir, 'f'), 'x');
    symlinkSync('/etc/passwd', join(dir, 'sym'));
    linkSync(join(dir, 'f'), join(dir, 'hard'));
    sh(dir, 'mkfifo fifo && tar -cf sym.tar sym && tar -cf hard.tar f hard && tar -cf fifo.tar fifo');
    expect(await refusal(readFileSync(join(dir, 'sym.tar')))).toMatch(/"sym" is a symbolic link/);
    expect(await refusal(readFileSync(join(dir, 'hard.tar')))).toMatch(/"hard" is a hard link/);
    expect(await refusal(readFileSync(join(dir, 'fifo.tar')))).toMatch(/"fifo" is a FIFO/);
    expect(await refusal(archiveOf(header('dev', { type: '3' })))).toMatch(/character device/);
    expect(await refusal(archiveOf(header('dev', { type: '4' })))).toMatch(/block device/);
  });

  it('a huge declared size, before reading any of it, and a size other than the manifest declares', async () => {
    const huge = Buffer.concat([header('big', { size: 8 * 1024 ** 3 - 1 }), Buffer.alloc(512)]);
    expect(await refusal(huge)).toMatch(/"big" declares 8589934591 bytes, more than the 1048576 allowed/);
    expect(await refusal(archiveOf(file('big', Buffer.alloc(2000))), { maxEntryBytes: 1000 })).toMatch(/more than the 1000 allowed/);
    const declared = { ...LIMITS, declaredSize: (name: string) => (name === 'a' ? 3 : undefined) };
    expect(await refusal(archiveOf(file('a', Buffer.from('abcd'))), declared)).toMatch(/"a" is 4 bytes, the manifest declares 3/);
    expect(await refusal(archiveOf(header('b256', { sizeField: Buffer.from([0x80, ...Buffer.alloc(10), 1]) })))).toMatch(/base-256/);
  });

  it('duplicate names, also differing only in case, and in GNU tar archives', async () => {
    expect(await refusal(archiveOf(file('a', Buffer.from('1')), file('a', Buffer.from('2'))))).toMatch(/"a" appears twice/);
    expect(await refusal(archiveOf(file('Readme', Buffer.from('1')), file('README', Buffer.from('2'))))).toMatch(/appears twice/);
    const dir = temp.dir();
    writeFileSync(join(dir, 'f'), 'x');
    sh(dir, 'tar -cf dup.tar f && tar -rf dup.tar f');
    expect(await refusal(readFileSync(join(dir, 'dup.tar')))).toMatch(/"f" appears twice/);
  });

  it('a file and a folder under one name, either way round (extraction would fail half-way)', async () => {
    expect(await refusal(archiveOf(file('x', Buffer.from('1')), file('x/y', Buffer.from('2'))))).toMatch(/"x\/y" lies inside the file "x"/);
    expect(await refusal(archiveOf(file('x/y', Buffer.from('1')), file('X', Buffer.from('2'))))).toMatch(/"X" is a file where an earlier entry made a folder/);
    expect(await refusal(archiveOf(header('d/', { type: '5' }), file('d', Buffer.from('2'))))).toMatch(/"d" (appears twice|is a file where)/);
    expect([...(await readAll(archiveOf(header('d/', { type: '5' }), file('d/e', Buffer.from('1')), file('d/f', Buffer.from('2'))))).keys()]).toEqual(['d', 'd/e', 'd/f']);
  });

  it('extensions it does not understand', async () => {
    const dir = temp.dir();
    writeFileSync(join(dir, `${'n'.repeat(120)}`), 'x');
    sh(dir, `tar --format=gnu -cf long.tar ${'n'.repeat(120)}`);
    expect(await refusal(readFileSync(join(dir, 'long.tar')))).toMatch(/GNU long name/);
    const record = (text: string) => `${Buffer.byteLength(text) + String(Buffer.byteLength(text) + 3).length + 1} ${text}`;
    const pax = (text: string) => { const body = Buffer.from(record(text)); return Buffer.concat([header('PaxHeaders/x', { type: 'x', size: body.length }), padded(body)]); };
    expect(await refusal(archiveOf(pax('linkpath=/etc/passwd\n'), file('x', Buffer.from('1'))))).toMatch(/pax extension "linkpath"/);
    expect(await refusal(archiveOf(pax('path=../evil\n'), file('x', Buffer.from('1'))))).toMatch(/climbs out/);
    expect(await refusal(archiveOf(header('g', { type: 'g' })))).toMatch(/pax global header/);
    expect(await refusal(archiveOf(header('odd', { type: 'Z' })))).toMatch(/unknown type "Z"/);
    expect(await refusal(archiveOf(header('v7', { magic: '\0\0\0\0\0\0\0\0' })))).toMatch(/not a ustar header/);
  });

  it('malformed headers, truncation and trailing garbage', async () => {
    const good = archiveOf(file('a', Buffer.from('hello')));
    const badSum = Buffer.from(good);
    badSum[0] = 0x62;
    expect(await refusal(badSum)).toMatch(/wrong checksum/);
    expect(await refusal(good.subarray(0, 600))).toMatch(/"a" is cut short/);
    expect(await refusal(good.subarray(0, 1024))).toMatch(/without its end-of-archive marker/);
    expect(await refusal(good.subarray(0, 1536))).toMatch(/end-of-archive marker is incomplete/);
    expect(await refusal(Buffer.concat([good, Buffer.from('garbage')]))).toMatch(/trailing garbage/);
    expect(await readAll(Buffer.concat([good, Buffer.alloc(8192)]))).toEqual(new Map([['a', Buffer.from('hello')]]));
  });
});
