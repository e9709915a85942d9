import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Attachment } from '../../../shared/domain/attachments';
import type { Entry, FacetFilter } from '../../../shared/domain/entries';
import type { WritableKind } from '../../../shared/domain/kinds';
import { kindOf } from '../kinds';
import type { Notebook } from '../services/notebook';
import { writeBundle, type BundleFile, type WrittenBundle } from './bundle-writer';
import { isStrippable } from '../attachments/metadata';
import { asBundled, carriesMetadata, cleanedPhoto, cleanedPhotos, keptMetadata, metadataRecord, type CleanedPhoto } from './export-photos';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Manifest } from './manifest';
import type { OfficerIdentityStore } from './officer-identity';
import type { RecipientStore } from './recipients';

/**
 * What leaves in a bundle and the writing of it: the entries a filter selects (with their
 * revisions if asked), their attachments (photos without location, device and time metadata,
 * even when the vault keeps them whole, unless the officer keeps a file's on purpose:
 * export-photos.ts), and the people they reference — by real
 * name only where an active consent covers 'named-in-hq-reporting' at the time of export,
 * by pseudonym everywhere else, each such case listed in the manifest's redactions.
 */
export interface ExportFilter {
  readonly kind?: WritableKind;
  readonly facets?: readonly FacetFilter[];
  readonly since?: string;
  readonly until?: string;
  /** Narrows what the other filters match to these entries (the officer's ticked selection). */
  readonly ids?: readonly string[];
  readonly revisions?: boolean;
}

export interface ExportPlan {
  readonly entries: number;
  readonly revisions: number;
  readonly attachments: number;
  /** Bytes of the archive before encryption (age adds 16 bytes per 64 KiB and a small header). */
  readonly bytes: number;
  /** Every person the bundle references, named or not; realName only for those who will be named. */
  readonly people: { personId: string; pseudonym: string; named: boolean; realName?: string; reason?: string }[];
  /** Every attachment whose vault copy carries location, device or time: the officer may keep each one's. */
  readonly withMetadata: MetadataCarrier[];
  /** How many of those leave with their metadata (the officer's choice). */
  readonly metadataKept: number;
}

export interface MetadataCarrier {
  readonly attachmentId: string;
  readonly entryId: string;
  readonly name: string;
  readonly location: boolean;
  readonly device: boolean;
  readonly takenAt: boolean;
  /** False when its type or size cannot be cleaned: it leaves only if kept on purpose. */
  readonly removable: boolean;
}

interface Selected {
  entry: Entry;
  attached: Attachment[];
}

interface Collected {
  plan: ExportPlan;
  files: BundleFile[];
  redactions: Manifest['redactions'];
  attachmentMetadata: NonNullable<Manifest['attachmentMetadata']>;
}

const PAGE = 500;
const READ_BYTES = 1024 * 1024;
const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
const jsonFile = (name: string, value: unknown): BundleFile => {
  const bytes = json(value);
  return { name, size: bytes.length, content: () => bytes };
};

function selectEntries(notebook: Notebook, filter: ExportFilter): Selected[] {
  const selected: Selected[] = [];
  const chosen = filter.ids ? new Set(filter.ids) : null;
  let after: string | undefined;
  for (;;) {
    const page = notebook.entries.list({ kind: filter.kind, facets: [...(filter.facets ?? [])], from: filter.since, until: filter.until, limit: PAGE, offset: 0, ...(after ? { after } : {}) });
    for (const summary of page.entries) {
      if (!chosen || chosen.has(summary.id)) selected.push({ entry: notebook.entries.get(summary.id), attached: notebook.attachments.list(summary.id) });
    }
    if (!page.nextCursor) return selected;
    after = page.nextCursor;
  }
}

function attachmentContent(notebook: Notebook, attachment: Attachment, cleaned: CleanedPhoto | undefined): () => AsyncIterable<Uint8Array> {
  if (cleaned) {
    return async function* () {
      const copy = await cleanedPhoto(notebook, attachment);
      // The same photo cleaned the same way: anything else is a bug, and the sums would not hold.
      if (copy.length !== cleaned.bytes) throw new AppError('INTERNAL', 'A photo cleaned for export changed between two reads.');
      yield copy;
    };
  }
  const { id, bytes } = attachment;
  return async function* () {
    const { reader } = await notebook.attachments.open(id);
    try {
      for (let at = 0; at < bytes; at += READ_BYTES) yield await reader.read(at, Math.min(READ_BYTES, bytes - at));
    } finally {
      await reader.close();
    }
  };
}

const carrier = (a: Attachment): MetadataCarrier => ({ attachmentId: a.id, entryId: a.entryId, name: a.name, ...a.metadata, removable: isStrippable(a.mediaType, a.bytes) });

/**
 * `reveal` is called only for the people a consent lets the bundle name (each call audited as a
 * reveal). `cleaned`: the photos that leave without their metadata (export-photos.ts); a preview
 * passes none and counts photos at their stored size. `kept`: the attachments whose metadata leaves.
 */
/** The entry as it leaves: what its kind holds back from headquarters (kind-module.ts exportView). */
function asCarried(entry: Entry, named: (personId: string) => boolean): Entry {
  return kindOf(entry).exportView?.(entry, named) ?? entry;
}

/** The people the entries refer to as they leave: a do-not-attribute speaker is not among them (naming changes only names, never who). */
function referencedPeople(selected: readonly Selected[]): string[] {
  const personIds = new Set<string>();
  for (const { entry } of selected) {
    for (const facet of kindOf(entry).facets(asCarried(entry, () => false))) if (facet.facet === 'person') personIds.add(facet.value);
  }
  return [...personIds].sort();
}

function collect(notebook: Notebook, selected: readonly Selected[], filter: ExportFilter, at: Date, reveal: boolean, cleaned: ReadonlyMap<string, CleanedPhoto>, kept: ReadonlySet<string>): Collected {
  const people: ExportPlan['people'][number][] = [];
  const redactions: Manifest['redactions'] = [];
  for (const personId of referencedPeople(selected)) {
    const person = notebook.people.get(personId);
    const coverage = notebook.consent.covers(personId, 'named-in-hq-reporting', at);
    if (coverage.covered) {
      people.push({ personId, pseudonym: person.pseudonym, named: true, ...(reveal ? { realName: notebook.people.reveal(personId).realName } : {}) });
    } else {
      people.push({ personId, pseudonym: person.pseudonym, named: false, reason: coverage.reason });
      redactions.push({ personId, pseudonym: person.pseudonym, reason: `consent-${coverage.reason}` });
    }
  }
  const named = new Set(people.filter((p) => p.named).map((p) => p.personId));
  const carried = (entry: Entry) => asCarried(entry, (personId) => named.has(personId));
  const files: BundleFile[] = [];
  const carriers = selected.flatMap(({ attached }) => attached.filter(carriesMetadata));
  let revisions = 0;
  let attachments = 0;
  for (const { entry, attached } of selected) {
    const history = filter.revisions ? notebook.entries.history(entry.id) : [];
    revisions += history.length;
    files.push(jsonFile(`entries/${entry.id}.json`, { entry: carried(entry), revisions: history.map(carried), attachments: attached.map((a) => ({ ...asBundled(a, cleaned.get(a.id)), file: `attachments/${a.id}` })) }));
    for (const attachment of attached) {
      attachments += 1;
      const photo = cleaned.get(attachment.id);
      files.push({ name: `attachments/${attachment.id}`, size: photo?.bytes ?? attachment.bytes, content: attachmentContent(notebook, attachment, photo) });
    }
  }
  files.push(jsonFile('people.json', people.map(({ reason: _reason, ...p }) => p)));
  const bytes = files.reduce((sum, f) => sum + 512 + Math.ceil(f.size / 512) * 512, 0);
  const metadataKept = carriers.filter((a) => kept.has(a.id)).length;
  return { plan: { entries: selected.length, revisions, attachments, bytes, people, withMetadata: carriers.map(carrier), metadataKept }, files, redactions, attachmentMetadata: carriers.map((a) => metadataRecord(a, kept)) };
}

export interface ExportRequest {
  readonly to: readonly string[];
  readonly out: string;
  readonly filter: ExportFilter;
  /** Attachments of this selection that leave with their location, device and time metadata, on purpose. */
  readonly keepMetadata?: readonly string[];
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ExportResult extends WrittenBundle {
  readonly bundleId: string;
  readonly sequence: number;
  readonly plan: ExportPlan;
}

export class ExportService {
  constructor(
    private readonly notebook: Notebook,
    private readonly officer: OfficerIdentityStore,
    private readonly recipients: RecipientStore,
    private readonly now: () => Date,
  ) {}

  /** What would leave, before anything is written: the officer confirms this, names included. */
  preview(filter: ExportFilter, reveal: boolean): ExportPlan {
    return collect(this.notebook, selectEntries(this.notebook, filter), filter, this.now(), reveal, new Map(), new Set()).plan;
  }

  /** Refuses, before a save dialog or a byte written, a keep for a file the selection does not carry. */
  checkKeep(filter: ExportFilter, keep: readonly string[]): void {
    if (keep.length > 0) keptMetadata(selectEntries(this.notebook, filter).flatMap((s) => s.attached), keep);
  }

  async export(request: ExportRequest): Promise<ExportResult> {
    const recipients = this.recipients.forExport(request.to);
    const at = this.now();
    const selected = selectEntries(this.notebook, request.filter);
    const attachments = selected.flatMap((s) => s.attached);
    const kept = keptMetadata(attachments, request.keepMetadata ?? []);
    const cleaned = await cleanedPhotos(this.notebook, attachments, kept);
    const collected = collect(this.notebook, selected, request.filter, at, true, cleaned, kept);
    if (collected.plan.entries === 0) throw new AppError('INVALID_INPUT', 'No entry matches this filter: nothing to export.');
    const bundleId = randomUUID();
    const sequence = this.officer.reserveSequence();
    const officer = this.officer.public();
    const manifest: Omit<Manifest, 'files'> = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      bundleId,
      sequence,
      createdAt: `${at.toISOString().slice(0, 19)}Z`,
      officer: { keyId: officer.keyId, fingerprint: officer.fingerprint },
      recipients: recipients.map(({ name, recipient, fingerprint }) => ({ name, recipient, fingerprint })),
      filter: filterRecord(request.filter),
      counts: { entries: collected.plan.entries, revisions: collected.plan.revisions, people: collected.plan.people.length, attachments: collected.plan.attachments },
      redactions: collected.redactions,
      ...(collected.attachmentMetadata.length > 0 ? { attachmentMetadata: collected.attachmentMetadata } : {}),
    };
    const written = await this.officer
      .withSecret((signer) =>
        writeBundle({
          out: request.out,
          recipients: recipients.map((r) => r.recipient),
          signer,
          manifest,
          files: collected.files,
          signal: request.signal,
          onProgress: request.onProgress,
          beforeNaming: () => this.stillNamed(collected.plan.people),
        }),
      )
      .catch((error: unknown) => {
        this.officer.releaseSequence(sequence);
        throw error;
      });
    this.notebook.writes.run((audit) =>
      audit({
        action: 'export.written',
        subjectId: bundleId,
        detail: { sequence, recipients: recipients.length, entries: manifest.counts.entries, revisions: manifest.counts.revisions, people: manifest.counts.people, attachments: manifest.counts.attachments, redactions: collected.redactions.length, metadataKept: collected.plan.metadataKept, bytes: written.bytes, sha256: written.sha256 },
      }),
    );
    return { ...written, bundleId, sequence, plan: collected.plan };
  }

  /**
   * A withdrawal takes effect at once, and an export of many GB takes minutes: a person the
   * bundle names must still be nameable when it is complete, or it never takes its name.
   */
  private stillNamed(people: ExportPlan['people']): void {
    const at = this.now();
    if (people.some((p) => p.named && !this.notebook.consent.covers(p.personId, 'named-in-hq-reporting', at).covered)) {
      throw new AppError('CONFLICT', 'A consent changed while the bundle was being written, and a person it named may no longer be named: nothing was written. Export again to apply it.');
    }
  }
}

function filterRecord(filter: ExportFilter): Manifest['filter'] {
  const record: Record<string, string | string[] | boolean> = { revisions: filter.revisions ?? false };
  if (filter.kind) record.kind = filter.kind;
  if (filter.since) record.since = filter.since;
  if (filter.until) record.until = filter.until;
  if (filter.facets?.length) record.facets = filter.facets.map((f) => `${f.facet}:${f.value}`);
  if (filter.ids) record.ids = [...filter.ids];
  return record;
}
