/**
 * Run with `node --import tsx` (the crash test spawns it): writes an endless attachment into
 * `<attachments dir>` and prints `writing` once the first megabytes are on disk, then goes on
 * until it is killed.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { writeAttachment } from '../../electron/core/attachments/writer';

const [attachmentsDir] = process.argv.slice(2);
if (!attachmentsDir) throw new Error('usage: attachment-writer-probe.ts <attachments dir>');
const piece = randomBytes(1024 * 1024);
const endless = new Readable({
  read() {
    this.push(piece);
  },
});
let told = false;
void writeAttachment({
  attachmentsDir,
  vaultId: randomUUID(),
  subkey: randomBytes(32),
  source: endless,
  onProgress: (bytes) => {
    if (!told && bytes >= 4 * 1024 * 1024) {
      told = true;
      process.stdout.write('writing\n');
    }
  },
});
