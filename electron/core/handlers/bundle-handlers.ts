import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { BundleFiles, BundlePickPurpose, BundleSummary, exportResultSchema, ImportOutcomeView } from '../../../shared/domain/bundles';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/errors';
import { parseAgeIdentityFile } from '../bundle/age/x25519';
import { openBundle } from '../bundle/bundle-reader';
import { ExportService, type ExportResult } from '../bundle/export-service';
import { entrySummary, importBundle, parseEntryFile } from '../bundle/import-service';
import type { ImportedBundleRow } from '../bundle/import-store';
import { metadataKept, type Manifest } from '../bundle/manifest';
import { parseMinisignPublicKey } from '../bundle/minisign/minisign';
import { distinctSigners } from '../bundle/trusted-signers';
import { JobResults } from '../jobs/job-results';
import { kindOf } from '../kinds';
import type { DesktopPort, HandlerContext } from './context';

/**
 * Headquarters' files and the bundle jobs, per handler context. The page holds tokens for
 * the files main's dialog picked, never paths; the tokens are forgotten when the vault locks.
 * Keys are read from their files for each verify or import and not kept.
 */
interface PickedFile {
  readonly path: string;
  /** What it was picked as: a token is good for that alone (an identity file is a secret key, never to be read as anything else). */
  readonly purpose: BundlePickPurpose;
}

type ExportResultView = z.infer<typeof exportResultSchema>;

interface BundleState {
  picked: Map<string, PickedFile>;
  /** Results wait here only as their channels return them: an export's plan (real names) is not kept. */
  exports: JobResults<ExportResultView>;
  imports: JobResults<ImportOutcomeView>;
}

const states = new WeakMap<HandlerContext, BundleState>();

function stateOf(ctx: HandlerContext): BundleState {
  let state = states.get(ctx);
  if (!state) {
    const created: BundleState = { picked: new Map(), exports: new JobResults(), imports: new JobResults() };
    ctx.vault.onLock(() => {
      created.picked.clear();
      created.exports.clear();
      created.imports.clear();
    });
    states.set(ctx, created);
    state = created;
  }
  return state;
}

function desktopOf(ctx: HandlerContext): DesktopPort {
  if (!ctx.desktop) throw new AppError('UNAVAILABLE', 'This needs the desktop app.');
  return ctx.desktop;
}

export async function pickBundleFiles(ctx: HandlerContext, purpose: BundlePickPurpose): Promise<ChannelOutput<'bundle:pick'>> {
  ctx.vault.requireNotebook();
  const paths = await desktopOf(ctx).pickFiles({ multiple: purpose === 'signers' });
  const { picked } = stateOf(ctx);
  return paths.map((path) => {
    const token = randomUUID();
    picked.set(token, { path, purpose });
    return { token, name: basename(path).slice(0, 255) };
  });
}

const WHAT: Record<keyof BundleFiles, string> = { bundle: 'bundle', identity: 'age identity file', signers: 'officer key file' };

function pathOf(ctx: HandlerContext, token: string, what: keyof BundleFiles): string {
  const picked = stateOf(ctx).picked.get(token);
  if (picked === undefined) throw new AppError('NOT_FOUND', `That ${WHAT[what]} is no longer chosen: choose it again.`);
  if (picked.purpose !== what) throw new AppError('INVALID_INPUT', `That file was chosen as the ${WHAT[picked.purpose]}, not as the ${WHAT[what]}: choose it again.`);
  return picked.path;
}

async function readKeyFile<T>(path: string, what: keyof BundleFiles, parse: (text: string) => T): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new AppError('SOURCE_UNREADABLE', `The ${WHAT[what]} ${basename(path)} cannot be read.`);
  }
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof AppError) throw new AppError(error.code, `The ${WHAT[what]} ${basename(path)}: ${error.message}`);
    throw error;
  }
}

/** The request's files: the bundle's path and the keys parsed (each refusal names the file it concerns). */
async function resolveFiles(ctx: HandlerContext, files: BundleFiles) {
  const path = pathOf(ctx, files.bundle, 'bundle');
  const identities = await readKeyFile(pathOf(ctx, files.identity, 'identity'), 'identity', parseAgeIdentityFile);
  const signerFiles = await Promise.all(
    files.signers.map(async (token) => {
      const signerPath = pathOf(ctx, token, 'signers');
      return { file: basename(signerPath), key: await readKeyFile(signerPath, 'signers', parseMinisignPublicKey) };
    }),
  );
  return { path, identities, signers: distinctSigners(signerFiles) };
}

export function summaryOf(manifest: Manifest): BundleSummary {
  return {
    bundleId: manifest.bundleId,
    sequence: manifest.sequence,
    createdAt: manifest.createdAt,
    officer: manifest.officer,
    counts: manifest.counts,
    recipients: manifest.recipients.map(({ name, fingerprint }) => ({ name, fingerprint })),
    redactions: manifest.redactions,
    metadataKept: metadataKept(manifest),
  };
}

/** Headquarters' own work like the import: it needs the notebook unlocked, and a lock stops it part-way. */
export async function verifyBundle(ctx: HandlerContext, files: BundleFiles): Promise<BundleSummary> {
  ctx.vault.requireNotebook();
  const locked = new AbortController();
  const stop = ctx.vault.onLock(() => locked.abort(new AppError('VAULT_LOCKED', 'The notebook was locked: the bundle was not verified.')));
  try {
    const opened = await openBundle({ ...(await resolveFiles(ctx, files)), signal: locked.signal });
    return summaryOf(opened.manifest);
  } finally {
    stop();
  }
}

/** The keys are read before the job starts, so a missing or unreadable file is the call's own refusal. */
export async function startImport(ctx: HandlerContext, files: BundleFiles): Promise<{ jobId: string }> {
  const notebook = ctx.vault.requireNotebook();
  const { imports } = ctx.vault.requireBundleStores();
  const request = await resolveFiles(ctx, files);
  const jobId = stateOf(ctx).imports.start(ctx.vault.jobs, 'bundle-import', (signal, progress) =>
    importBundle(notebook, imports, { ...request, signal, onProgress: (done, total) => progress(done, total, 'bytes') }),
  );
  return { jobId };
}

export function exportService(ctx: HandlerContext): ExportService {
  const stores = ctx.vault.requireBundleStores();
  return new ExportService(ctx.vault.requireNotebook(), stores.officer, stores.recipients, stores.now);
}

/** The public key as a minisign .pub file where the officer chooses; only the base name goes back to the page. */
export async function saveOfficerKey(ctx: HandlerContext): Promise<{ fileName: string | null }> {
  const { officer } = ctx.vault.requireBundleStores();
  const identity = officer.public();
  const out = await desktopOf(ctx).pickSaveTarget('fieldnotes-officer.pub');
  if (out === null) return { fileName: null };
  await writeFile(out, identity.publicKeyFile, { mode: 0o644 });
  ctx.vault.requireNotebook().writes.run((audit) => audit({ action: 'identity.public-key-saved', detail: { keyId: identity.keyId } }));
  return { fileName: basename(out) };
}

/** Main's save dialog chooses where (null: the officer cancelled it); the writing is a job. */
export async function startExport(ctx: HandlerContext, { to, filter, keepMetadata }: ParsedInput<'bundle:export'>): Promise<{ jobId: string | null }> {
  const service = exportService(ctx);
  const { now } = ctx.vault.requireBundleStores();
  service.checkKeep(filter, keepMetadata);
  const out = await desktopOf(ctx).pickSaveTarget(`bundle-${now().toISOString().slice(0, 10)}.fieldnotes`);
  if (out === null) return { jobId: null };
  const jobId = stateOf(ctx).exports.start(ctx.vault.jobs, 'bundle-export', (signal, progress) =>
    service.export({ to, out, filter, keepMetadata, signal, onProgress: (done, total) => progress(done, total, 'bytes') }).then(exportView),
  );
  return { jobId };
}

function exportView({ bundleId, sequence, path, bytes, sha256, plan }: ExportResult): ExportResultView {
  return { bundleId, sequence, fileName: basename(path), bytes, sha256, entries: plan.entries, attachments: plan.attachments, redactions: plan.people.filter((p) => !p.named).length, metadataKept: plan.metadataKept };
}

export function exportResult(ctx: HandlerContext, jobId: string): Promise<ChannelOutput<'bundle:export-result'>> {
  return stateOf(ctx).exports.take(jobId);
}

export function importResult(ctx: HandlerContext, jobId: string): Promise<ChannelOutput<'bundle:import-result'>> {
  return stateOf(ctx).imports.take(jobId);
}

const officerOf = (row: Pick<ImportedBundleRow, 'officerKeyId' | 'officerFingerprint'>) => ({ keyId: row.officerKeyId, fingerprint: row.officerFingerprint });

export function arrivals(ctx: HandlerContext): ChannelOutput<'bundle:arrivals'> {
  return ctx.vault.requireBundleStores().imports.arrivals().map(({ officerKeyId, officerFingerprint, arrived, missing, replayed }) => ({ officer: officerOf({ officerKeyId, officerFingerprint }), arrived, missing, replayed }));
}

export function importedList(ctx: HandlerContext): ChannelOutput<'bundle:imported-list'> {
  return ctx.vault.requireBundleStores().imports.list().map((row) => ({ bundleId: row.bundleId, officer: officerOf(row), sequence: row.sequence, createdAt: row.createdAt, importedAt: row.importedAt, entries: row.entries, replayed: row.replayed }));
}

export function importedEntries(ctx: HandlerContext, bundleId: string): ChannelOutput<'bundle:imported-entries'> {
  return ctx.vault.requireBundleStores().imports.entries(bundleId).map(({ name, data }) => entrySummary(parseEntryFile(name, data).entry));
}

export function importedEntry(ctx: HandlerContext, bundleId: string, entryId: string): ChannelOutput<'bundle:imported-entry'> {
  const { imports } = ctx.vault.requireBundleStores();
  const { bundle, name, data } = imports.entry(bundleId, entryId);
  const { entry, revisions } = parseEntryFile(name, data);
  const attachments = imports.attachments(bundleId, entryId).map(({ fileId, name: fileName, mediaType, bytes, sha256 }) => ({ id: fileId, name: fileName, mediaType, bytes, sha256 }));
  const personIds = [...new Set(kindOf(entry).facets(entry).flatMap((f) => (f.facet === 'person' ? [f.value] : [])))];
  const people = imports.people(bundleId, personIds).map(({ personId, pseudonym, realName }) => ({ personId, pseudonym, named: realName !== undefined }));
  return { entry, revisions, attachments, people, source: { bundleId, officer: officerOf(bundle), sequence: bundle.sequence, importedAt: bundle.importedAt } };
}

/**
 * A name an imported bundle carried, shown only on purpose and recorded (ids only) in the same
 * transaction, as person:reveal is for the notebook's own people: an entry opened at
 * headquarters shows pseudonyms, never a name in passing.
 */
export function revealImportedName(ctx: HandlerContext, bundleId: string, personId: string): ChannelOutput<'bundle:imported-name-reveal'> {
  const { imports } = ctx.vault.requireBundleStores();
  return ctx.vault.requireNotebook().writes.run((audit) => {
    const [person] = imports.people(bundleId, [personId]);
    if (person?.realName === undefined) throw new AppError('NOT_FOUND', 'That bundle carried no name for this person.');
    audit({ action: 'bundle.imported-name-revealed', subjectId: personId, detail: { bundleId } });
    return { realName: person.realName };
  });
}
