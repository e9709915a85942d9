import { resolve } from 'node:path';
import { attachmentIdSchema, carriedFlags, type Attachment } from '../../../shared/domain/attachments';
import { AppError } from '../../../shared/errors';
import { flag, stringOption, type Invocation } from '../command';
import { UsageError } from '../errors';
import { formatInstant, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { failureFromAppError, resolveVaultDir, withSession, type CliSession } from '../session';
import { parseEntryIdArgument, resolveEntryId } from './entry-id';
import { unlockVault } from './vault';

/** Paths are used as given and never echoed: a file's name may be a person's. */

function attachmentId(raw: string): string {
  if (!attachmentIdSchema.safeParse(raw).success) throw new UsageError("ATTACHMENT_ID: give the attachment's full id, as 'attachment list' prints it.");
  return raw;
}

async function unlocked(invocation: Invocation, work: (session: CliSession) => Promise<void>): Promise<void> {
  const dir = resolveVaultDir(stringOption(invocation.values, 'vault'), invocation.env);
  const readPassphrase = currentPassphrase(invocation.values, invocation.env);
  await withSession(dir, invocation.env, async (session) => {
    await unlockVault(session, readPassphrase);
    try {
      await work(session);
    } catch (error) {
      // The core is called directly (a path has no channel): its refusals read as the channels' do.
      if (error instanceof AppError) throw failureFromAppError(error, dir, false);
      throw error;
    }
  });
}

function describeMetadata(attachment: Attachment): string {
  const carried = carriedFlags(attachment.metadata);
  if (carried.length === 0) return '-';
  return `${carried.join(',')}${attachment.stripped ? ' (stripped)' : ''}`;
}

export async function runAttachmentAdd(invocation: Invocation): Promise<void> {
  const idArgument = parseEntryIdArgument(invocation.args[0] ?? '');
  const file = resolve(invocation.args[1] ?? '');
  await unlocked(invocation, async (session) => {
    const entryId = await resolveEntryId(session, idArgument);
    const added = await session.ctx.vault.requireNotebook().attachments.add({ entryId, path: file, stripLocation: flag(invocation.values, 'strip-location') });
    writeOut(added.id);
  });
}

export async function runAttachmentList(invocation: Invocation): Promise<void> {
  const idArgument = parseEntryIdArgument(invocation.args[0] ?? '');
  await unlocked(invocation, async (session) => {
    const entryId = await resolveEntryId(session, idArgument);
    const attachments = session.ctx.vault.requireNotebook().attachments.list(entryId);
    if (flag(invocation.values, 'json')) {
      writeJson(attachments);
      return;
    }
    if (attachments.length === 0) {
      writeOut('No attachments.');
      return;
    }
    writeOut(
      table(
        ['ID', 'TYPE', 'BYTES', 'ADDED', 'METADATA', 'NAME'],
        attachments.map((a) => [a.id, a.mediaType, String(a.bytes), formatInstant(a.createdAt), describeMetadata(a), a.name]),
      ),
    );
  });
}

export async function runAttachmentGet(invocation: Invocation): Promise<void> {
  const id = attachmentId(invocation.args[0] ?? '');
  const out = stringOption(invocation.values, 'out');
  if (out === undefined || out === '') throw new UsageError('missing --out FILE (where to write the copy).', "Run 'fieldnotes attachment get --help' for usage.");
  await unlocked(invocation, async (session) => {
    const saved = await session.ctx.vault.requireNotebook().attachments.saveCopy(id, resolve(out), { overwrite: flag(invocation.values, 'force') });
    writeOut(`Wrote ${saved.bytes} bytes (decrypted) to the file given with --out.`);
  });
}

export async function runAttachmentRemove(invocation: Invocation): Promise<void> {
  const id = attachmentId(invocation.args[0] ?? '');
  await unlocked(invocation, async (session) => {
    await session.ctx.vault.requireNotebook().attachments.remove(id);
    writeOut(`Removed attachment ${id}: its file is destroyed; the entry's history keeps its name, size and type.`);
  });
}
