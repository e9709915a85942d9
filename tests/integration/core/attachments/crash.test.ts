import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAttachmentId } from '../../../../electron/core/attachments/format';
import { partialName } from '../../../../electron/core/attachments/writer';
import { useTempDirs } from '../../../support/temp-vault';

// kill -9 in the middle of a write: what is left is a `.partial` file, never a file named by
// an id, so nothing the notebook could point at is half written.

const temp = useTempDirs();
const PROBE = join(import.meta.dirname, '../../../support/attachment-writer-probe.ts');

describe('a write killed part-way', () => {
  it.skipIf(process.platform === 'win32')('leaves only a .partial file, named for its id, and no attachment', async () => {
    const attachmentsDir = join(temp.dir(), 'vault', 'attachments');
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, attachmentsDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (data: Buffer) => {
        if (data.toString().includes('writing')) resolve();
      });
      child.once('exit', () => reject(new Error('the probe ended before it was writing')));
    });
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const names = readdirSync(attachmentsDir);
    expect(names.filter(isAttachmentId)).toEqual([]);
    expect(names).toHaveLength(1);
    const [partial] = names as [string];
    const id = partial.replace(/\.partial$/, '');
    expect(isAttachmentId(id)).toBe(true);
    expect(partial).toBe(partialName(id));
    expect(statSync(join(attachmentsDir, partial)).size).toBeGreaterThan(0);
  });
});
