import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { exportFilterSchema } from '../../../shared/domain/bundles';
import { AppError } from '../../../shared/errors';
import { parseAgeIdentityFile, type AgeIdentity } from '../../core/bundle/age/x25519';
import { openBundle, type OpenedBundle } from '../../core/bundle/bundle-reader';
import { importBundle } from '../../core/bundle/import-service';
import { metadataKept } from '../../core/bundle/manifest';
import { parseMinisignPublicKey, type MinisignPublicKey } from '../../core/bundle/minisign/minisign';
import { distinctSigners } from '../../core/bundle/trusted-signers';
import { exportService } from '../../core/handlers/bundle-handlers';
import { flag, stringOption, stringsOption, type Invocation } from '../command';
import { CliError, UsageError } from '../errors';
import { fields, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { failureFromAppError, resolveVaultDir, validateInput, withSession, type CliSession } from '../session';
import { unlockVault } from './vault';

function required(value: string | undefined, option: string, command: string): string {
  if (value === undefined) throw new UsageError(`missing --${option}.`, `Run 'fieldnotes ${command} --help' for usage.`);
  return value;
}

async function withVault<T>({ values, env }: Invocation, use: (session: CliSession) => Promise<T>): Promise<T> {
  const dir = resolveVaultDir(stringOption(values, 'vault'), env);
  const readPassphrase = currentPassphrase(values, env);
  return withSession(dir, env, async (session) => {
    await unlockVault(session, readPassphrase);
    return use(session);
  });
}

export async function runIdentityShow(invocation: Invocation): Promise<void> {
  await withVault(invocation, async (session) => {
    const identity = await session.call('bundle:identity', {});
    if (flag(invocation.values, 'json')) return writeJson(identity);
    writeOut(fields([['Key id', identity.keyId], ['Fingerprint', identity.fingerprint]]));
    writeOut(identity.publicKeyFile.trimEnd());
  });
}

export async function runIdentityExport(invocation: Invocation): Promise<void> {
  const out = required(stringOption(invocation.values, 'out'), 'out', 'identity export');
  await withVault(invocation, async (session) => {
    const identity = await session.call('bundle:identity', {});
    try {
      writeFileSync(out, identity.publicKeyFile, { flag: 'wx' });
    } catch {
      throw new CliError(`could not write ${out} (does it exist already?).`);
    }
    writeOut(`Wrote ${out}. Fingerprint: ${identity.fingerprint}`);
  });
}

export async function runRecipientAdd(invocation: Invocation): Promise<void> {
  const [name, recipient] = invocation.args as [string, string];
  await withVault(invocation, async (session) => {
    const added = await session.call('bundle:recipient-add', { name, recipient, verified: flag(invocation.values, 'verified') });
    writeOut(fields([['Recipient', oneLine(added.name)], ['Fingerprint', added.fingerprint], ['Verified', added.verified ? 'yes' : 'no']]));
  });
}

export async function runRecipientList(invocation: Invocation): Promise<void> {
  await withVault(invocation, async (session) => {
    const list = await session.call('bundle:recipient-list', {});
    if (flag(invocation.values, 'json')) return writeJson(list);
    if (list.length === 0) return writeOut('No recipients.');
    writeOut(table(['NAME', 'FINGERPRINT', 'VERIFIED', 'RECIPIENT'], list.map((r) => [oneLine(r.name), r.fingerprint, r.verified ? 'yes' : 'no', r.recipient])));
  });
}

export async function runExport(invocation: Invocation): Promise<void> {
  const { values } = invocation;
  const to = required(stringOption(values, 'to'), 'to', 'export').split(',').map((n) => n.trim()).filter((n) => n !== '');
  const out = resolve(required(stringOption(values, 'out'), 'out', 'export'));
  const filter = {
    ...(stringOption(values, 'kind') === undefined ? {} : { kind: stringOption(values, 'kind') }),
    ...(stringOption(values, 'since') === undefined ? {} : { since: stringOption(values, 'since') }),
    ...(stringOption(values, 'until') === undefined ? {} : { until: stringOption(values, 'until') }),
    revisions: flag(values, 'revisions'),
  } as never;
  const keepMetadata = stringsOption(values, 'keep-metadata');
  // The page's channel takes no path (main's save dialog picks it): the CLI checks the same input, then calls the core with --out.
  validateInput('bundle:export', { to, filter, keepMetadata }, { fields: { 'filter.kind': '--kind', 'filter.since': '--since', 'filter.until': '--until', to: '--to', keepMetadata: '--keep-metadata', 'keepMetadata.*': '--keep-metadata #' } });
  await withVault(invocation, async (session) => {
    const written = await coreRefusals(session, () => exportService(session.ctx).export({ to, out, filter: exportFilterSchema.parse(filter), keepMetadata }));
    const result = { bundleId: written.bundleId, sequence: written.sequence, bytes: written.bytes, sha256: written.sha256, entries: written.plan.entries, attachments: written.plan.attachments, redactions: written.plan.people.filter((p) => !p.named).length, metadataKept: written.plan.metadataKept };
    if (flag(values, 'json')) return writeJson(result);
    writeOut(fields([
      ['Bundle', result.bundleId],
      ['Sequence', String(result.sequence)],
      ['Entries', String(result.entries)],
      ['Attachments', String(result.attachments)],
      ['Pseudonymised', String(result.redactions)],
      ['Metadata kept', String(result.metadataKept)],
      ['Bytes', String(result.bytes)],
      ['SHA-256', result.sha256],
    ]));
  });
}

/** The core is called directly where a path is involved: its refusals read as the channels' do. */
async function coreRefusals<T>(session: CliSession, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError) throw failureFromAppError(error, session.vaultDir, false);
    throw error;
  }
}

function readKeyFile(path: string, option: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`--${option}: cannot read ${path}.`);
  }
}

interface HqRequest {
  path: string;
  identities: AgeIdentity[];
  signers: MinisignPublicKey[];
}

/** The bundle and headquarters' keys from the command line (read before any vault is unlocked). */
function hqRequest(invocation: Invocation, command: string): HqRequest {
  const [file] = invocation.args as [string];
  const identityFile = required(stringOption(invocation.values, 'identity'), 'identity', command);
  const signerFiles = stringsOption(invocation.values, 'signer');
  if (signerFiles.length === 0) throw new UsageError('missing --signer.', `Run 'fieldnotes ${command} --help' for usage.`);
  return refusalsAsLine(command, () => ({
    path: file,
    identities: parseAgeIdentityFile(readKeyFile(identityFile, 'identity')),
    signers: distinctSigners(signerFiles.map((signerFile) => ({ file: signerFile, key: parseMinisignPublicKey(readKeyFile(signerFile, 'signer')) }))),
  }));
}

/** The headquarters side says what failed in one line: the code, then the core's sentence. */
function refusalsAsLine<T>(command: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw refusalLine(command, error);
  }
}

function refusalLine(command: string, error: unknown): unknown {
  if (error instanceof AppError) return new CliError(`${command}: ${error.code}: ${error.message}`);
  return error;
}

async function openWithKeys(invocation: Invocation, command: string, extractTo?: string): Promise<OpenedBundle> {
  const request = hqRequest(invocation, command);
  try {
    return await openBundle({ ...request, ...(extractTo ? { extractTo } : {}) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`cannot read ${request.path}.`);
    throw refusalLine(command, error);
  }
}

function summary(opened: OpenedBundle): [string, string][] {
  const { manifest } = opened;
  return [
    ['Bundle', manifest.bundleId],
    ['Created', manifest.createdAt],
    ['Officer key', `${manifest.officer.keyId} (${manifest.officer.fingerprint})`],
    ['Sequence', String(manifest.sequence)],
    ['Entries', String(manifest.counts.entries)],
    ['Attachments', String(manifest.counts.attachments)],
    ['People', `${manifest.counts.people} (${manifest.redactions.length} by pseudonym only)`],
    ['Metadata kept', keptLine(metadataKept(manifest))],
  ];
}

function keptLine({ files, carried }: ReturnType<typeof metadataKept>): string {
  return files === 0 ? 'none: every file left cleaned' : `${files} file${files === 1 ? '' : 's'}, on purpose (${carried.join(',')})`;
}

export async function runBundleVerify(invocation: Invocation): Promise<void> {
  const opened = await openWithKeys(invocation, 'bundle verify');
  if (flag(invocation.values, 'json')) return writeJson({ ok: true, manifest: opened.manifest });
  writeOut(fields([['Verified', 'signature and every hash check'], ...summary(opened)]));
}

export async function runBundleOpen(invocation: Invocation): Promise<void> {
  const out = required(stringOption(invocation.values, 'out'), 'out', 'bundle open');
  const opened = await openWithKeys(invocation, 'bundle open', out);
  writeOut(fields([['Extracted to', out], ...summary(opened)]));
}

export async function runBundleImport(invocation: Invocation): Promise<void> {
  const request = hqRequest(invocation, 'bundle import');
  if (!existsSync(request.path)) throw new CliError(`cannot read ${request.path}.`);
  await withVault(invocation, async (session) => {
    let outcome;
    try {
      outcome = await importBundle(session.ctx.vault.requireNotebook(), session.ctx.vault.requireBundleStores().imports, request);
    } catch (error) {
      throw refusalLine('bundle import', error);
    }
    if (flag(invocation.values, 'json')) return writeJson(outcome);
    const result = !outcome.imported ? 'already imported: nothing changed' : outcome.replayed ? `imported, but REPLAYED sequence ${outcome.sequence}: this officer's number ${outcome.sequence} already arrived in another bundle` : 'imported';
    writeOut(fields([
      ['Result', result],
      ['Bundle', outcome.bundleId],
      ['Officer key', `${outcome.officer.keyId} (${outcome.officer.fingerprint})`],
      ['Sequence', String(outcome.sequence)],
      ['Entries imported', String(outcome.entries)],
    ]));
  });
}

export async function runBundleArrivals(invocation: Invocation): Promise<void> {
  await withVault(invocation, async (session) => {
    const arrivals = await session.call('bundle:arrivals', {});
    if (flag(invocation.values, 'json')) return writeJson(arrivals);
    if (arrivals.length === 0) return writeOut('No bundles imported.');
    const numbers = (list: string[]) => (list.length === 0 ? '-' : list.join(','));
    const ranges = (list: { from: number; to: number }[]) => numbers(list.map(({ from, to }) => (from === to ? `${from}` : `${from}-${to}`)));
    writeOut(table(['OFFICER KEY', 'FINGERPRINT', 'ARRIVED', 'MISSING', 'REPLAYED'], arrivals.map((a) => [a.officer.keyId, a.officer.fingerprint, numbers(a.arrived.map(String)), ranges(a.missing), numbers(a.replayed.map(String))])));
  });
}
