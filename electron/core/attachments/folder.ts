import { readdirSync } from 'node:fs';
import type { AttachmentOrphans } from '../../../shared/domain/attachments';
import { isAttachmentId } from './format';

/** The names in an attachments folder: none when it was never made (nothing attached yet). */
export function folderNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The folder's files no row names and the rows (their ids in `live`) whose file is missing. */
export function orphansIn(dir: string, live: readonly string[]): AttachmentOrphans {
  const files = new Set(folderNames(dir).filter(isAttachmentId));
  const rows = new Set(live);
  return {
    filesWithoutRow: [...files].filter((id) => !rows.has(id)).sort(),
    rowsWithoutFile: [...rows].filter((id) => !files.has(id)).sort(),
  };
}
