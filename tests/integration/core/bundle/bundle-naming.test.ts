import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { writeBundle, type WriteBundleRequest } from '../../../../electron/core/bundle/bundle-writer';
import { handMadeBundle } from '../../../support/hand-made-bundle';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

function request(out: string, overrides: Partial<WriteBundleRequest> = {}): WriteBundleRequest {
  const body = Buffer.alloc(200_000, 7);
  return { ...handMadeBundle(out, [{ name: 'attachments/one', size: body.length, content: () => body }], { attachments: 1 }).request, ...overrides };
}

// The finished bundle takes its name last, and never over a file that is already there.
describe('naming a finished bundle', () => {
  it('refuses a file that appeared under its name while exporting, leaving that file as it was and nothing else', async () => {
    const dir = temp.dir();
    const out = join(dir, 'export.fieldnotes');
    let placed = false;
    const onProgress = () => {
      if (placed) return;
      placed = true;
      writeFileSync(out, 'the officer saved something else here');
    };
    const refused = await writeBundle(request(out, { onProgress })).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect((refused as AppError).message).toMatch(/appeared while exporting/);
    expect(readFileSync(out, 'utf8')).toBe('the officer saved something else here');
    expect(readdirSync(dir)).toEqual(['export.fieldnotes']);
  });

  it('leaves nothing when the last check before naming refuses', async () => {
    const dir = temp.dir();
    const beforeNaming = () => {
      throw new AppError('CONFLICT', 'refused at the last moment');
    };
    await expect(writeBundle(request(join(dir, 'export.fieldnotes'), { beforeNaming }))).rejects.toThrow('refused at the last moment');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names the file when all is well, with nothing else beside it', async () => {
    const dir = temp.dir();
    const written = await writeBundle(request(join(dir, 'export.fieldnotes')));
    expect(readdirSync(dir)).toEqual(['export.fieldnotes']);
    expect(written.bytes).toBeGreaterThan(200_000);
  });
});
