import { readFileSync, writeFileSync } from 'node:fs';
import { decodeSlot, encodeSlot, SLOT_BYTES, SLOT_COUNT } from '../../electron/core/vault/header-slots';
import type { VaultHeader } from '../../electron/core/vault/header';

/** The header JSON of each slot of a `vault.header` file, as stored. */
export function slotBodies(file: string): (VaultHeader | null)[] {
  const bytes = readFileSync(file);
  return Array.from({ length: SLOT_COUNT }, (_, index) => {
    const reading = decodeSlot(bytes.subarray(index * SLOT_BYTES, (index + 1) * SLOT_BYTES));
    return reading.state === 'valid' ? (JSON.parse(reading.body.toString('utf8')) as VaultHeader) : null;
  });
}

/**
 * Edits the header as an attacker with write access would: both slots, with checksums
 * recomputed (`checksums: 'recompute'`), or left as they were (a careless edit).
 */
export function tamperHeader(file: string, edit: (header: Record<string, unknown>) => void, checksums: 'recompute' | 'keep'): void {
  const bytes = readFileSync(file);
  for (let index = 0; index < SLOT_COUNT; index += 1) {
    const at = index * SLOT_BYTES;
    const reading = decodeSlot(bytes.subarray(at, at + SLOT_BYTES));
    if (reading.state !== 'valid') continue;
    const header = JSON.parse(reading.body.toString('utf8')) as Record<string, unknown>;
    edit(header);
    const body = Buffer.from(JSON.stringify(header), 'utf8');
    if (checksums === 'recompute') encodeSlot(reading.sequence, body).copy(bytes, at);
    else {
      bytes.fill(0, at + 52, at + SLOT_BYTES);
      body.copy(bytes, at + 52);
      bytes.writeUInt32BE(body.length, at + 16);
    }
  }
  writeFileSync(file, bytes);
}
