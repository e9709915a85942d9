import { createHmac, timingSafeEqual } from 'node:crypto';
import { malformed } from '../errors';
import { hkdfSha256 } from '../hkdf';

/**
 * The age v1 header (age.md, "Header"): the version line, one stanza per recipient, and the
 * MAC line. Parsing is strict the way the spec and its test vectors (C2SP CCTV) require: one
 * canonical text per header, so what is authenticated is exactly what was parsed.
 */
export const VERSION_LINE = 'age-encryption.org/v1';
const MAC_PREFIX = '---';
const COLUMNS = 64;
const BASE64 = /^[A-Za-z0-9+/]*$/;

export interface Stanza {
  /** The type first, then its arguments. */
  readonly args: readonly string[];
  readonly body: Buffer;
}

export interface Header {
  readonly stanzas: readonly Stanza[];
  /** The header text up to and including `---`: what the MAC covers. */
  readonly macInput: Buffer;
  readonly mac: Buffer;
}

export function encodeBase64Raw(data: Uint8Array): string {
  return Buffer.from(data).toString('base64').replace(/=+$/, '');
}

/** Unpadded base64 with zero trailing bits, or null: Buffer.from(…, 'base64') alone accepts anything. */
export function decodeBase64Canonical(text: string): Buffer | null {
  if (!BASE64.test(text) || text.length % 4 === 1) return null;
  const data = Buffer.from(text, 'base64');
  return encodeBase64Raw(data) === text ? data : null;
}

function headerMac(fileKey: Uint8Array, macInput: Uint8Array): Buffer {
  const key = hkdfSha256(fileKey, Buffer.alloc(0), 'header');
  try {
    return createHmac('sha256', key).update(macInput).digest();
  } finally {
    key.fill(0);
  }
}

export function headerMacMatches(header: Header, fileKey: Uint8Array): boolean {
  return timingSafeEqual(headerMac(fileKey, header.macInput), header.mac);
}

/** The whole header, MAC line included, for these stanzas under this file key. */
export function serializeHeader(stanzas: readonly Stanza[], fileKey: Uint8Array): Buffer {
  const lines = [VERSION_LINE];
  for (const stanza of stanzas) {
    lines.push(`-> ${stanza.args.join(' ')}`);
    const body = encodeBase64Raw(stanza.body);
    for (let at = 0; at < body.length; at += COLUMNS) lines.push(body.slice(at, at + COLUMNS));
    if (body.length % COLUMNS === 0) lines.push('');
  }
  const macInput = Buffer.from(`${lines.join('\n')}\n${MAC_PREFIX}`, 'latin1');
  return Buffer.concat([macInput, Buffer.from(` ${encodeBase64Raw(headerMac(fileKey, macInput))}\n`, 'latin1')]);
}

/**
 * Where the header ends in `data` (just past the MAC line's newline), or -1 when no complete
 * MAC line is there yet. Base64 and stanza lines never start with `---`, so the first line
 * that does is the MAC line.
 */
export function findHeaderEnd(data: Buffer): number {
  let start = 0;
  for (;;) {
    const newline = data.indexOf(0x0a, start);
    if (newline < 0) return -1;
    if (data.subarray(start, start + 3).toString('latin1') === MAC_PREFIX) return newline + 1;
    start = newline + 1;
  }
}

const isVisible = (arg: string): boolean => arg !== '' && [...arg].every((c) => c >= '!' && c <= '~');

function parseStanza(lines: readonly string[], at: number): { stanza: Stanza; next: number } {
  const args = (lines[at] as string).slice(3).split(' ');
  if (!args.every(isVisible)) throw malformed('a stanza argument is empty or not printable ASCII');
  const body: string[] = [];
  for (let i = at + 1; ; i += 1) {
    const line = lines[i];
    if (line === undefined || i === lines.length - 1) throw malformed('a stanza body has no final short line');
    if (line.length > COLUMNS) throw malformed('a stanza body line is longer than 64 columns');
    body.push(line);
    if (line.length < COLUMNS) {
      const decoded = decodeBase64Canonical(body.join(''));
      if (!decoded) throw malformed('a stanza body is not canonical base64');
      return { stanza: { args, body: decoded }, next: i + 1 };
    }
  }
}

/** Parses a complete header as `findHeaderEnd` delimits it. */
export function parseHeader(data: Buffer): Header {
  if ([...data].some((b) => b > 0x7e || (b < 0x20 && b !== 0x0a))) throw malformed('the header has a byte that is not printable ASCII');
  const text = data.toString('latin1');
  const lines = text.split('\n');
  if (lines[0] !== VERSION_LINE) {
    throw malformed(lines[0]?.startsWith('age-encryption.org/') ? 'unsupported age version' : 'not an age file');
  }
  const stanzas: Stanza[] = [];
  let at = 1;
  while (lines[at]?.startsWith('-> ')) {
    const { stanza, next } = parseStanza(lines, at);
    stanzas.push(stanza);
    at = next;
  }
  const macLine = lines[at] ?? '';
  if (!macLine.startsWith(MAC_PREFIX)) throw malformed('unexpected line in the header');
  if (at !== lines.length - 2) throw malformed('the header does not end after its MAC line');
  const mac = macLine.startsWith(`${MAC_PREFIX} `) ? decodeBase64Canonical(macLine.slice(4)) : null;
  if (!mac || mac.length !== 32) throw malformed('the header MAC line is not "--- " and 32 bytes of canonical base64');
  if (stanzas.length === 0) throw malformed('the header has no recipient stanza');
  const macStart = text.length - macLine.length - 1;
  return { stanzas, macInput: data.subarray(0, macStart + MAC_PREFIX.length), mac };
}
