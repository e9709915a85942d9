import { z } from 'zod';
import { attachmentSchema } from '../../../shared/domain/attachments';
import { entrySchema, type Entry } from '../../../shared/domain/entries';
import type { ImportOutcomeView } from '../../../shared/domain/bundles';
import type { Notebook } from '../services/notebook';
import type { AgeIdentity } from './age/x25519';
import { openBundle, rereadArchive, type OpenedBundle } from './bundle-reader';
import { malformed, tampered } from './errors';
import type { ImportedAttachmentRow, ImportedPersonRow, ImportStore } from './import-store';
import type { Manifest } from './manifest';
import type { MinisignPublicKey } from './minisign/minisign';
import { parseSha256Sums, SUMS_FILE } from './signed-sums';

/**
 * Headquarters' import, in two passes over the bundle file so that no plaintext is ever written
 * to disk (a staged copy, even inside the vault and unlinked after, lingers on the raw device):
 * pass 1 verifies (decrypts, hashes every file, checks the signature by one of the trusted
 * officer keys) and keeps only the small JSON files in memory; pass 2 decrypts again and streams
 * each attachment into the vault's encrypted store, checked against the hashes pass 1 verified.
 * Only then do the bundle's row, its entries, attachments and people commit with the audit
 * record in one transaction; any failure removes the files written. A second import of the same
 * bundle changes nothing, the audit log included.
 */
export interface ImportRequest {
  readonly path: string;
  readonly identities: readonly AgeIdentity[];
  readonly signers: readonly MinisignPublicKey[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/** An attachment as export-service lists it in an entry file, with the archive file that holds it. */
const listedAttachmentSchema = z.object({ ...attachmentSchema.pick({ id: true, name: true, mediaType: true, bytes: true, sha256: true }).shape, file: z.string() });
/** What export-service writes as entries/<id>.json (a bundle made by hand may list no attachments). */
const entryFileSchema = z.object({ entry: entrySchema, revisions: z.array(entrySchema), attachments: z.array(listedAttachmentSchema).default([]) });
export type ImportedEntryFile = z.infer<typeof entryFileSchema>;

/** people.json: every person the entries reference, the real name only where consent let the officer name them. */
const peopleFileSchema = z.array(z.object({ personId: z.string().min(1), pseudonym: z.string(), named: z.boolean(), realName: z.string().optional() }));
const PEOPLE_FILE = 'people.json';

const ENTRY_FILE = /^entries\/([^/]+)\.json$/;

/** An entry file as stored: refused when it does not read as an entry of this format (or its name is not its id). */
export function parseEntryFile(name: string, text: string): ImportedEntryFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw malformed(`${name} is not JSON`);
  }
  const parsed = entryFileSchema.safeParse(json);
  if (!parsed.success) throw malformed(`${name} is not an entry of this format (${parsed.error.issues[0]?.path.join('.') ?? ''})`);
  if (ENTRY_FILE.exec(name)?.[1] !== parsed.data.entry.id) throw malformed(`${name} carries an entry with another id`);
  return parsed.data;
}

export function entrySummary(entry: Entry): Pick<Entry, 'id' | 'kind' | 'title' | 'occurredAt'> {
  return { id: entry.id, kind: entry.kind, title: entry.title, occurredAt: entry.occurredAt };
}

type ListedAttachment = Omit<ImportedAttachmentRow, 'fileId'>;

/** name → SHA-256 as the signed SHA256SUMS lists it (openBundle checked every file against it). */
function verifiedHashes(opened: OpenedBundle): ReadonlyMap<string, string> {
  return new Map(parseSha256Sums(opened.small.get(SUMS_FILE)?.toString('utf8') ?? '').map((f) => [f.name, f.sha256]));
}

/** Every attachment the entries list, each checked against the verified archive before anything is written. */
function listedAttachments(entryFiles: readonly ImportedEntryFile[], manifest: Manifest, verified: ReadonlyMap<string, string>): ListedAttachment[] {
  const declared = new Map(manifest.files.map((f) => [f.name, f.size]));
  const listed = new Map<string, ListedAttachment>();
  for (const { entry, attachments } of entryFiles) {
    for (const a of attachments) {
      if (a.file !== `attachments/${a.id}` || !declared.has(a.file) || !verified.has(a.file)) throw malformed(`entries/${entry.id}.json lists an attachment the archive does not carry`);
      if (listed.has(a.id)) throw malformed(`attachment ${a.id} is listed twice`);
      if (verified.get(a.file) !== a.sha256 || declared.get(a.file) !== a.bytes) throw malformed(`${a.file} does not match the size and hash its entry lists`);
      listed.set(a.id, { entryId: entry.id, attachmentId: a.id, name: a.name, mediaType: a.mediaType, bytes: a.bytes, sha256: a.sha256 });
    }
  }
  return [...listed.values()];
}

function parsePeople(bytes: Buffer | undefined): ImportedPersonRow[] {
  if (!bytes) return [];
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw malformed(`${PEOPLE_FILE} is not JSON`);
  }
  const parsed = peopleFileSchema.safeParse(json);
  if (!parsed.success) throw malformed(`${PEOPLE_FILE} is not a list of people of this format`);
  const listed = new Set<string>();
  for (const { personId } of parsed.data) {
    if (listed.has(personId)) throw malformed(`${PEOPLE_FILE} lists the person ${personId.slice(0, 40)} twice`);
    listed.add(personId);
  }
  // A name is kept only where the officer's consent check named the person; never otherwise.
  return parsed.data.map((p) => ({ personId: p.personId, pseudonym: p.pseudonym, ...(p.named && p.realName !== undefined ? { realName: p.realName } : {}) }));
}

/** Each pass reads the whole file: the verification is the first half of the progress, the storing the second. */
function passProgress(request: ImportRequest, pass: 0 | 1): (done: number, total: number) => void {
  return (done, total) => request.onProgress?.(Math.floor((pass * total + done) / 2), total);
}

/**
 * Pass 2: the file decrypted again, each listed attachment streamed straight into the vault's
 * encrypted store (a fresh id and file key), hashed on the way. The file may have been replaced
 * since pass 1 verified it, so an attachment that is not byte for byte the verified one, or is
 * missing, aborts the import; on any failure or cancel the files written here are removed.
 */
async function storeAttachments(store: ImportStore, request: ImportRequest, manifest: Manifest, listed: readonly ListedAttachment[]): Promise<ImportedAttachmentRow[]> {
  const pending = new Map(listed.map((a) => [`attachments/${a.attachmentId}`, a]));
  const written: ImportedAttachmentRow[] = [];
  const changed = '(the bundle file changed after it was verified)';
  try {
    for await (const file of rereadArchive({ path: request.path, identities: request.identities, manifest, signal: request.signal, onProgress: passProgress(request, 1) })) {
      request.signal?.throwIfAborted();
      const a = pending.get(file.name);
      if (!a || file.type !== 'file') continue;
      pending.delete(file.name);
      const { fileId, sha256 } = await store.writeAttachment(file.content, a.bytes, request.signal);
      written.push({ ...a, fileId });
      if (sha256 !== a.sha256) throw tampered(`hash mismatch on ${file.name} ${changed}`, file.name);
    }
    const [missing] = pending.keys();
    if (missing !== undefined) throw tampered(`${missing} is missing ${changed}`, missing);
    return written;
  } catch (error) {
    await store.removeAttachmentFiles(written.map((w) => w.fileId));
    throw error;
  }
}

export async function importBundle(notebook: Notebook, store: ImportStore, request: ImportRequest): Promise<ImportOutcomeView> {
  const opened = await openBundle({ path: request.path, identities: request.identities, signers: request.signers, signal: request.signal, onProgress: passProgress(request, 0) });
  const { manifest } = opened;
  const entryFiles = [...opened.small].filter(([name]) => ENTRY_FILE.test(name));
  const parsed = entryFiles.map(([name, bytes]) => parseEntryFile(name, bytes.toString('utf8')));
  if (entryFiles.length !== manifest.counts.entries) throw malformed(`manifest.json counts ${manifest.counts.entries} entries, the archive carries ${entryFiles.length}`);
  const listed = listedAttachments(parsed, manifest, verifiedHashes(opened));
  const people = parsePeople(opened.small.get(PEOPLE_FILE));
  request.signal?.throwIfAborted();
  // Already imported: nothing is written again, and the outcome below says so.
  const attachments = store.has(manifest.bundleId) ? [] : await storeAttachments(store, request, manifest, listed);
  const fileIds = attachments.map((a) => a.fileId);
  // The last moment a cancel is honoured: the write below is one transaction.
  if (request.signal?.aborted) {
    await store.removeAttachmentFiles(fileIds);
    request.signal.throwIfAborted();
  }
  let outcome;
  try {
    outcome = store.import(opened, { attachments, people }, (write) =>
      notebook.writes.run((audit) => {
        const result = write();
        if (result.imported) {
          audit({
            action: 'bundle.imported',
            subjectId: manifest.bundleId,
            detail: { officerKeyId: manifest.officer.keyId, sequence: manifest.sequence, entries: result.entries, attachments: attachments.length, people: people.length, replayed: result.replayed },
          });
        }
        return result;
      }),
    );
  } catch (error) {
    await store.removeAttachmentFiles(fileIds);
    throw error;
  }
  // Another import of the same bundle committed first: its files stand, these go.
  if (!outcome.imported) await store.removeAttachmentFiles(fileIds);
  return { bundleId: manifest.bundleId, officer: { keyId: manifest.officer.keyId, fingerprint: manifest.officer.fingerprint }, ...outcome };
}
