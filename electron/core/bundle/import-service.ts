import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { attachmentSchema } from '../../../shared/domain/attachments';
import { entrySchema, type Entry } from '../../../shared/domain/entries';
import type { ImportOutcomeView } from '../../../shared/domain/bundles';
import type { Notebook } from '../services/notebook';
import type { AgeIdentity } from './age/x25519';
import { openBundle } from './bundle-reader';
import { malformed } from './errors';
import type { ImportedAttachmentRow, ImportedPersonRow, ImportStore } from './import-store';
import type { MinisignPublicKey } from './minisign/minisign';

/**
 * Headquarters' import: the bundle is opened (decrypted, every hash and the signature by one
 * of the trusted officer keys checked), each entry file is read as this version's entry, and
 * only then is anything written. The verified files are staged in a folder inside the vault
 * directory (plaintext never reaches a shared temp dir, and the folder goes in every case); each
 * attachment is encrypted into the vault's store, then the bundle's row, its entries, attachments
 * and people commit with the audit record in one transaction, and a failure removes the files
 * written. A second import of the same bundle changes nothing, the audit log included.
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

function listedAttachments(entryFiles: readonly ImportedEntryFile[], declared: ReadonlySet<string>): ListedAttachment[] {
  const listed = new Map<string, ListedAttachment>();
  for (const { entry, attachments } of entryFiles) {
    for (const a of attachments) {
      if (a.file !== `attachments/${a.id}` || !declared.has(a.file)) throw malformed(`entries/${entry.id}.json lists an attachment the archive does not carry`);
      if (listed.has(a.id)) throw malformed(`attachment ${a.id} is listed twice`);
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
  // A name is kept only where the officer's consent check named the person; never otherwise.
  return parsed.data.map((p) => ({ personId: p.personId, pseudonym: p.pseudonym, ...(p.named && p.realName !== undefined ? { realName: p.realName } : {}) }));
}

/** Each staged attachment encrypted into the vault; on any failure the ones written are removed. */
async function storeAttachments(store: ImportStore, stage: string, listed: readonly ListedAttachment[], signal?: AbortSignal): Promise<ImportedAttachmentRow[]> {
  const written: ImportedAttachmentRow[] = [];
  try {
    for (const a of listed) {
      const { fileId, sha256 } = await store.writeAttachment(join(stage, 'attachments', a.attachmentId), a.bytes, signal);
      written.push({ ...a, fileId });
      if (sha256 !== a.sha256) throw malformed(`attachments/${a.attachmentId} does not match the hash its entry lists`);
    }
    return written;
  } catch (error) {
    await store.removeAttachmentFiles(written.map((w) => w.fileId));
    throw error;
  }
}

export async function importBundle(notebook: Notebook, store: ImportStore, request: ImportRequest): Promise<ImportOutcomeView> {
  const stage = store.stagingFolder();
  try {
    return await importStaged(notebook, store, request, stage);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

async function importStaged(notebook: Notebook, store: ImportStore, request: ImportRequest, stage: string): Promise<ImportOutcomeView> {
  const opened = await openBundle({ path: request.path, identities: request.identities, signers: request.signers, extractTo: stage, signal: request.signal, onProgress: request.onProgress });
  const { manifest } = opened;
  const entryFiles = [...opened.small].filter(([name]) => ENTRY_FILE.test(name));
  const parsed = entryFiles.map(([name, bytes]) => parseEntryFile(name, bytes.toString('utf8')));
  if (entryFiles.length !== manifest.counts.entries) throw malformed(`manifest.json counts ${manifest.counts.entries} entries, the archive carries ${entryFiles.length}`);
  const listed = listedAttachments(parsed, new Set(manifest.files.map((f) => f.name)));
  const people = parsePeople(opened.small.get(PEOPLE_FILE));
  request.signal?.throwIfAborted();
  // Already imported: nothing is written again, and the outcome below says so.
  const attachments = store.has(manifest.bundleId) ? [] : await storeAttachments(store, stage, listed, request.signal);
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
