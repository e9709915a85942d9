import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { parseAgeIdentityFile } from '../../core/bundle/age/x25519';
import { openBundle, type OpenedBundle } from '../../core/bundle/bundle-reader';
import { parseMinisignPublicKey } from '../../core/bundle/minisign/minisign';
import { flag, stringOption, type Invocation } from '../command';
import { CliError, UsageError } from '../errors';
import { fields, oneLine, table, writeJson, writeOut } from '../output';
import { currentPassphrase } from '../passphrase';
import { resolveVaultDir, withSession, type CliSession } from '../session';
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
  const out = required(stringOption(values, 'out'), 'out', 'export');
  const filter = {
    ...(stringOption(values, 'kind') === undefined ? {} : { kind: stringOption(values, 'kind') }),
    ...(stringOption(values, 'since') === undefined ? {} : { since: stringOption(values, 'since') }),
    ...(stringOption(values, 'until') === undefined ? {} : { until: stringOption(values, 'until') }),
    revisions: flag(values, 'revisions'),
  } as never;
  await withVault(invocation, async (session) => {
    const result = await session.call('bundle:export', { to, out, filter }, { fields: { 'filter.kind': '--kind', 'filter.since': '--since', 'filter.until': '--until', to: '--to', out: '--out' } });
    if (flag(values, 'json')) return writeJson(result);
    writeOut(fields([
      ['Bundle', result.bundleId],
      ['Sequence', String(result.sequence)],
      ['Entries', String(result.entries)],
      ['Attachments', String(result.attachments)],
      ['Pseudonymised', String(result.redactions)],
      ['Bytes', String(result.bytes)],
      ['SHA-256', result.sha256],
    ]));
  });
}

/** The headquarters side needs no vault: the keys come from files, the core's refusals become one line. */
async function openWithKeys(invocation: Invocation, command: string, extractTo?: string): Promise<OpenedBundle> {
  const [file] = invocation.args as [string];
  const identityFile = required(stringOption(invocation.values, 'identity'), 'identity', command);
  const signerFile = required(stringOption(invocation.values, 'signer'), 'signer', command);
  const read = (path: string, option: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new CliError(`--${option}: cannot read ${path}.`);
    }
  };
  try {
    const identities = parseAgeIdentityFile(read(identityFile, 'identity'));
    const signer = parseMinisignPublicKey(read(signerFile, 'signer'));
    return await openBundle({ path: file, identities, signer, ...(extractTo ? { extractTo } : {}) });
  } catch (error) {
    if (error instanceof AppError) throw new CliError(`${command}: ${error.code}: ${error.message}`);
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliError(`cannot read ${file}.`);
    throw error;
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
  ];
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
