import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
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

type ChosenFile = AttachmentPreview & { token: string };

/** Shows the system's file picker (in main) and describes each chosen file; an empty list when cancelled. */
export async function pickAttachments(ctx: HandlerContext): Promise<ChosenFile[]> {
  ctx.vault.requireNotebook();
  const paths = await desktopOf(ctx).pickFiles();
  return Promise.all(paths.map((path) => choose(ctx, path)));
}

/** Reads the file's first bytes as an add will (a directory, a FIFO or an unreadable file is refused here), then hands out its token. */
async function choose(ctx: HandlerContext, path: string): Promise<ChosenFile> {
  const preview = await ctx.vault.requireNotebook().attachments.preview(path);
  const token = randomUUID();
  tokensOf(ctx).set(token, path);
  return { token, ...preview };
}

/**
 * A file dropped on the window: the preload read its path from the File (webUtils) and only
 * the preload may send this channel. The path is checked as a picked one is; the page gets a token.
 */
export function dropAttachment(ctx: HandlerContext, input: { path: string }): Promise<ChosenFile> {
  if (!isAbsolute(input.path)) throw new AppError('INVALID_INPUT', 'Only a file from this computer can be dropped.');
  return choose(ctx, input.path);
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
    await notebook.attachments.add({ ...input, path, signal, onProgress: everyHundredth((done, total) => progress(done, total, 'bytes')) });
  });
  return { jobId };
}

/**
 * Passes on a step when another hundredth of the file is done (and the last one): a 2 GB file
 * reported at every megabyte written would send the page two thousand messages and renders.
 */
function everyHundredth(report: (done: number, total: number) => void): (done: number, total: number) => void {
  let reported = -1;
  return (done, total) => {
    if (done < total && reported >= 0 && done - reported < total / 100) return;
    reported = done;
    report(done, total);
  };
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
