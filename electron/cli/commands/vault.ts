import type { AttachmentOrphans } from '../../../shared/domain/attachments';
import { ENTRY_KINDS } from '../../../shared/domain/entries';
import { flag, stringOption, type Invocation } from '../command';
import { CliError } from '../errors';
import { fields, formatInstant, oneLine, writeJson, writeOut } from '../output';
import { currentPassphrase, newPassphrase, type PassphraseReader } from '../passphrase';
import { resolveVaultDir, withSession, type CliSession } from '../session';
import { describeAuditVerdict } from './audit';

/**
 * Status first, passphrase second: asking someone to type a passphrase twice and only then
 * saying the folder already holds a vault (or is still throttled) wastes their time.
 */
export async function requireState(session: CliSession, wanted: 'absent' | 'locked'): Promise<void> {
  const status = await session.call('vault:status', {});
  if (wanted === 'absent' && status.state !== 'absent') {
    throw new CliError(`a vault already exists in ${session.vaultDir}.`);
  }
  if (wanted === 'locked' && status.state === 'absent') {
    throw new CliError(`no vault in ${session.vaultDir}. Create one with 'fieldnotes vault create'.`);
  }
  if (status.retryAfterMs > 0) {
    throw new CliError(`too many wrong passphrases. Wait ${Math.ceil(status.retryAfterMs / 1000)} s before trying again.`);
  }
}

/** Unlocks through the vault:unlock channel, as every command that reads the notebook does. */
export async function unlockVault(session: CliSession, readPassphrase: PassphraseReader): Promise<void> {
  await requireState(session, 'locked');
  const passphrase = await readPassphrase();
  await session.call('vault:unlock', { passphrase }, { invalidIsUsage: false, fields: { passphrase: '' } });
  // A search-index rebuild after an upgrade runs as a job. A command is over in a moment and
  // then locks, which would cancel it every time: the CLI waits for it instead.
  await session.ctx.vault.jobs.idle();
}

async function kdfSummary(session: CliSession) {
  const { readHeader } = await import('../../core/vault/header');
  const header = readHeader(session.ctx.vault.layout.header);
  // Parameters only: the salt and the wrapped key are not secrets, but nobody checking a vault needs them.
  const { name, version, memoryKiB, passes, parallelism } = header.kdf;
  return {
    format: header.format,
    version: header.version,
    vaultId: header.vaultId,
    createdAt: header.createdAt,
    kdf: { name, version, memoryKiB, passes, parallelism },
  };
}

type KdfSummary = Awaited<ReturnType<typeof kdfSummary>>['kdf'];

function describeKdf(kdf: KdfSummary): string {
  return `${kdf.name} v${kdf.version.toString(16)}, ${kdf.memoryKiB / 1024} MiB, ${kdf.passes} passes, parallelism ${kdf.parallelism}`;
}

export async function runVaultCreate({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = newPassphrase(values, env, { orCurrentSources: true });
  await withSession(dir, env, async (session) => {
    await requireState(session, 'absent');
    const passphrase = await readPassphrase();
    await session.call('vault:create', { passphrase }, { invalidIsUsage: false, fields: { passphrase: '' } });
    const summary = await kdfSummary(session);
    writeOut(`Created vault in ${dir}\nKey derivation: ${describeKdf(summary.kdf)}`);
    // Said once, at the only moment it can still change anything.
    process.stderr.write('fieldnotes: keep the passphrase safe: without it nothing in this vault can be recovered.\n');
  });
}

/** The notebook's attachments and headquarters' imported ones, each folder checked against its own rows. */
interface FolderOrphans {
  readonly folder: string;
  readonly orphans: AttachmentOrphans;
  /** What to do about a row whose file is missing. */
  readonly missingFile: (id: string) => string;
}

function orphanCount(folders: readonly FolderOrphans[]): number {
  return folders.reduce((sum, { orphans }) => sum + orphans.filesWithoutRow.length + orphans.rowsWithoutFile.length, 0);
}

/** Each orphan by id, and what to do about it: nothing is removed by a check. */
function describeOrphans(folders: readonly FolderOrphans[]): string {
  if (orphanCount(folders) === 0) return 'Attachments: ok';
  const lines = ['Attachments: out of step with the notebook'];
  for (const { folder, orphans, missingFile } of folders) {
    for (const id of orphans.filesWithoutRow) lines.push(`  file without a row: ${folder}/${id} (a write or removal cut short; nothing refers to it: delete that file)`);
    for (const id of orphans.rowsWithoutFile) lines.push(`  row without a file: ${id} (${missingFile(id)})`);
  }
  return lines.join('\n');
}

function attachmentOrphans(session: CliSession): [notebook: FolderOrphans, imported: FolderOrphans] {
  const { vault } = session.ctx;
  return [
    { folder: 'attachments', orphans: vault.requireNotebook().attachments.orphans(), missingFile: (id) => `its file is missing: restore the vault's attachments folder from a backup, or run 'fieldnotes attachment rm ${id}'` },
    { folder: 'attachments/imported', orphans: vault.requireBundleStores().imports.orphans(), missingFile: () => "an imported file is missing: restore the vault's attachments folder from a backup; the officer's bundle still holds it" },
  ];
}

export async function runVaultCheck({ values, env }: Invocation): Promise<void> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  await withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    const check = session.ctx.vault.requireNotebook().check();
    const orphans = attachmentOrphans(session);
    const header = await kdfSummary(session);
    const healthy = check.integrity.length === 1 && check.integrity[0] === 'ok';
    if (flag(values, 'json')) {
      writeJson({ vault: header, schemaVersion: check.schemaVersion, integrity: check.integrity, counts: check.counts, audit: check.audit, attachments: orphans[0].orphans, importedAttachments: orphans[1].orphans });
    } else {
      const total = ENTRY_KINDS.reduce((sum, kind) => sum + check.counts[kind], 0);
      const rows: [string, string][] = [
        ['Vault', dir],
        ['Vault id', header.vaultId],
        ['Created', formatInstant(header.createdAt)],
        ['Format', `${header.format} v${header.version}`],
        ['Key derivation', describeKdf(header.kdf)],
        ['Schema version', String(check.schemaVersion)],
        ['Integrity', healthy ? 'ok' : `${check.integrity.length} problem(s)`],
        ['Audit log', describeAuditVerdict(check.audit)],
        ['Entries', `${total} (${ENTRY_KINDS.map((kind) => `${kind} ${check.counts[kind]}`).join(', ')})`],
      ];
      writeOut(fields(rows));
      if (!healthy) writeOut(check.integrity.map((line) => `  ${oneLine(line)}`).join('\n'));
      writeOut(describeOrphans(orphans));
    }
    const problems = [...(healthy ? [] : ['integrity check failed']), ...(check.audit.ok ? [] : [`audit log ${describeAuditVerdict(check.audit)}`]), ...(orphanCount(orphans) > 0 ? ['attachments out of step (see above)'] : [])];
    if (problems.length > 0) throw new CliError(`${problems.join('; ')}.`);
  });
}
