import { randomUUID } from 'node:crypto';
import type { AttachmentPreview } from '../services/attachments-service';
import { AppError } from '../../../shared/errors';
import type { DesktopPort, HandlerContext } from './context';

/**
 * Files the officer picked, by opaque token: the renderer never holds a path. A token is
 * used once (an add takes it); tokens live in the main process's memory only.
 */
const picked = new WeakMap<HandlerContext, Map<string, string>>();

function tokensOf(ctx: HandlerContext): Map<string, string> {
  let tokens = picked.get(ctx);
  if (!tokens) {
    tokens = new Map();
    picked.set(ctx, tokens);
  }
  return tokens;
}

function desktopOf(ctx: HandlerContext): DesktopPort {
  if (!ctx.desktop) throw new AppError('UNAVAILABLE', 'This needs the desktop app.');
  return ctx.desktop;
}

/** Shows the system's file picker (in main) and describes each chosen file; an empty list when cancelled. */
export async function pickAttachments(ctx: HandlerContext): Promise<(AttachmentPreview & { token: string })[]> {
  const notebook = ctx.vault.requireNotebook();
  const paths = await desktopOf(ctx).pickFiles();
  const tokens = tokensOf(ctx);
  return Promise.all(
    paths.map(async (path) => {
      const token = randomUUID();
      tokens.set(token, path);
      return { token, ...(await notebook.attachments.preview(path)) };
    }),
  );
}

/** Starts the encrypted copy of a picked file as a job ('job:progress' in bytes; 'job:cancel' stops it). */
export function addPicked(ctx: HandlerContext, input: { entryId: string; token: string; stripLocation: boolean }): { jobId: string } {
  const notebook = ctx.vault.requireNotebook();
  const tokens = tokensOf(ctx);
  const path = tokens.get(input.token);
  if (path === undefined) throw new AppError('NOT_FOUND', 'That file is no longer chosen: pick it again.');
  tokens.delete(input.token);
  notebook.entries.get(input.entryId);
  const jobId = ctx.vault.jobs.start('attachment', async (signal, progress) => {
    await notebook.attachments.add({ ...input, path, signal, onProgress: (done, total) => progress(done, total, 'bytes') });
  });
  return { jobId };
}

/** After the page's confirmation naming the file: the save dialog (in main) picks where, then the copy is written and audited. */
export async function saveCopy(ctx: HandlerContext, id: string): Promise<{ saved: boolean }> {
  const { attachments } = ctx.vault.requireNotebook();
  const attachment = attachments.get(id);
  const target = await desktopOf(ctx).pickSaveTarget(attachment.name);
  if (target === null) return { saved: false };
  // The system dialog already asked before replacing a file.
  await attachments.saveCopy(id, target, { overwrite: true });
  return { saved: true };
}
