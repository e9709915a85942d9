import { z } from 'zod';
import { entrySchema, type Entry } from '../../../shared/domain/entries';
import type { ImportOutcomeView } from '../../../shared/domain/bundles';
import type { Notebook } from '../services/notebook';
import type { AgeIdentity } from './age/x25519';
import { openBundle } from './bundle-reader';
import { malformed } from './errors';
import type { ImportStore } from './import-store';
import type { MinisignPublicKey } from './minisign/minisign';

/**
 * Headquarters' import: the bundle is opened (decrypted, every hash and the signature by one
 * of the trusted officer keys checked), each entry file is read as this version's entry, and
 * only then is anything written: the bundle's row and its entries with the audit record, in one
 * transaction. A second import of the same bundle changes nothing, the audit log included.
 */
export interface ImportRequest {
  readonly path: string;
  readonly identities: readonly AgeIdentity[];
  readonly signers: readonly MinisignPublicKey[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

/** What export-service writes as entries/<id>.json; attachments are listed but stay in the bundle. */
const entryFileSchema = z.object({ entry: entrySchema, revisions: z.array(entrySchema) });
export type ImportedEntryFile = z.infer<typeof entryFileSchema>;

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

export async function importBundle(notebook: Notebook, store: ImportStore, request: ImportRequest): Promise<ImportOutcomeView> {
  const opened = await openBundle({ path: request.path, identities: request.identities, signers: request.signers, signal: request.signal, onProgress: request.onProgress });
  const { manifest } = opened;
  const entryFiles = [...opened.small].filter(([name]) => ENTRY_FILE.test(name));
  for (const [name, bytes] of entryFiles) parseEntryFile(name, bytes.toString('utf8'));
  if (entryFiles.length !== manifest.counts.entries) throw malformed(`manifest.json counts ${manifest.counts.entries} entries, the archive carries ${entryFiles.length}`);
  // The last moment a cancel is honoured: the write below is one transaction.
  request.signal?.throwIfAborted();
  const outcome = store.import(opened, (write) =>
    notebook.writes.run((audit) => {
      const result = write();
      if (result.imported) {
        audit({
          action: 'bundle.imported',
          subjectId: manifest.bundleId,
          detail: { officerKeyId: manifest.officer.keyId, sequence: manifest.sequence, entries: result.entries, replayed: result.replayed },
        });
      }
      return result;
    }),
  );
  return { bundleId: manifest.bundleId, officer: { keyId: manifest.officer.keyId, fingerprint: manifest.officer.fingerprint }, ...outcome };
}
