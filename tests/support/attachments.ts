import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AttachmentReader, writeAttachment, type WriteAttachmentOptions } from '../../electron/core/attachments';
import { vaultLayout } from '../../electron/core/vault/layout';

/**
 * A vault folder for the attachment core alone: its id and a random attachments subkey stand
 * in for what an unlocked vault derives (core/vault/subkeys.ts), so these tests need no database.
 */
export function attachmentVault(root: string, subkey: Buffer = randomBytes(32)) {
  const attachmentsDir = vaultLayout(join(root, 'vault')).attachments;
  const vaultId = randomUUID();
  return {
    attachmentsDir,
    vaultId,
    subkey,
    write(source: Buffer | WriteAttachmentOptions['source'], extra: Partial<WriteAttachmentOptions> = {}) {
      const stream = Buffer.isBuffer(source) ? Readable.from([source]) : source;
      return writeAttachment({ attachmentsDir, vaultId, subkey, source: stream, ...extra });
    },
    open(attachmentId: string, expectedBytes?: number) {
      return AttachmentReader.open({ attachmentsDir, vaultId, attachmentId, subkey, expectedBytes });
    },
    /** Opens, streams every byte and closes: what a full read verifies. */
    async readAll(attachmentId: string, expectedBytes?: number): Promise<Buffer> {
      const reader = await this.open(attachmentId, expectedBytes);
      try {
        const parts: Buffer[] = [];
        for await (const part of reader.stream()) parts.push(part as Buffer);
        return Buffer.concat(parts);
      } finally {
        await reader.close();
      }
    },
    files(): string[] {
      try {
        return readdirSync(attachmentsDir).sort();
      } catch {
        return [];
      }
    },
    path(attachmentId: string): string {
      return join(attachmentsDir, attachmentId);
    },
  };
}

export type AttachmentVault = ReturnType<typeof attachmentVault>;

/** Deterministic, non-repeating bytes, so a misplaced chunk cannot compare equal by accident. */
export function patterned(bytes: number, seed = 1): Buffer {
  const out = Buffer.alloc(bytes);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes; i += 1) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
