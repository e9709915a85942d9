import type { Statement as SqliteStatement } from 'better-sqlite3-multiple-ciphers';
import { z } from 'zod';
import type { Entry, EntryKind, EntryListPage, EntryListQuery, EntrySummary } from '../../../../shared/domain/entries';
import { AppError } from '../../../../shared/errors';
import { ENTRY_KINDS, ENTRY_STATUSES, KIND_SCHEMAS, SENSITIVITIES, isWritableKind, summaryFactSchema } from '../../../../shared/domain/entries';
import { KIND_MODULES, kindOf, type Facet } from '../../kinds';
import type { Db } from '../driver';
import { listPlan, type ListPlan } from './entry-list-plan';
import { withDerivedBody, withoutDerivedBody } from '../../kinds/body';

/** Rows are checked on the way out: a tampered or half-migrated row fails here, not in the UI. */
const entryRowSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  kind: z.string(),
  status: z.string(),
  sensitivity: z.string(),
  title: z.string(),
  body: z.string(),
  body_doc: z.string().nullable(),
  occurred_at: z.string().nullable(),
  location: z.string(),
  country: z.string(),
  labels: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  revision: z.number().int(),
});
type EntryRow = z.infer<typeof entryRowSchema>;

export interface StoredEntry {
  seq: number;
  entry: Entry;
}

const ENTRY_SELECT = `SELECT seq, id, kind, status, sensitivity, title, body, body_doc, occurred_at, location, country, labels,
  created_at, updated_at, revision FROM entries`;

/** Fields of the entries row itself; everything else of a kind is its details JSON. */
const ROW_KEYS = new Set(['id', 'kind', 'status', 'sensitivity', 'title', 'body', 'bodyDoc', 'occurredAt', 'location', 'country', 'tags', 'topics', 'outlets', 'revision', 'createdAt', 'updatedAt']);

/**
 * The kind's own fields, less those still at their schema default: most entries leave most
 * fields empty (a hearing's dozens of checklist items), and reading fills the defaults back in,
 * so storing them would only make every row larger.
 */
function detailsOf(entry: Entry): Record<string, unknown> {
  const shape: Record<string, z.ZodType> = KIND_SCHEMAS[entry.kind].input.shape;
  return Object.fromEntries(Object.entries(entry).filter(([key, value]) => !ROW_KEYS.has(key) && !isDefault(shape[key], value)));
}

const defaults = new WeakMap<z.ZodType, string | null>();

/** Whether `value` is what the field's schema gives when the field is left out. */
function isDefault(field: z.ZodType | undefined, value: unknown): boolean {
  if (!field) return false;
  let fallback = defaults.get(field);
  if (fallback === undefined) {
    const parsed = field.safeParse(undefined);
    fallback = parsed.success && parsed.data !== undefined ? JSON.stringify(parsed.data) : null;
    defaults.set(field, fallback);
  }
  return fallback !== null && fallback === JSON.stringify(value);
}

/** Tags, topics and outlets as one JSON value; NULL for the usual entry that has none. */
function labelsOf(entry: Entry): string | null {
  const { tags, topics, outlets } = entry;
  return tags.length + topics.length + outlets.length === 0 ? null : JSON.stringify({ tags, topics, outlets });
}

function rowParams(entry: Entry) {
  return {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    sensitivity: entry.sensitivity,
    title: entry.title,
    // With a document the body is derived on read: the text is stored once (kinds/body.ts).
    body: withoutDerivedBody(entry).body,
    bodyDoc: entry.bodyDoc ? JSON.stringify(entry.bodyDoc) : null,
    occurredAt: entry.occurredAt,
    location: entry.location,
    country: entry.country,
    labels: labelsOf(entry),
    facts: JSON.stringify(kindOf(entry).facts(entry)),
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    revision: entry.revision,
  };
}

/** Newest first: by when it happened, undated entries by when they were written, in ms (entries.sort_ms). */
function sortMs(entry: Entry): number {
  return Date.parse(entry.occurredAt ?? entry.createdAt);
}

/** Everything a list can be filtered by for this entry: its labels, its country, and its kind's own facets. */
function facetsOf(entry: Entry): Facet[] {
  return [
    ...entry.tags.map((value) => ({ facet: 'tag', value })),
    ...entry.topics.map((value) => ({ facet: 'topic', value })),
    ...entry.outlets.map((value) => ({ facet: 'outlet', value })),
    ...(entry.country.trim() ? [{ facet: 'country', value: entry.country.trim() }] : []),
    ...kindOf(entry).facets(entry),
  ];
}

type Statement = SqliteStatement<unknown[]>;

/** The cursor names the last row shown: its sort instant in ms and seq (the tie-break). */
function encodeCursor(row: { sort_ms: number; seq: number }): string {
  return `${row.sort_ms}~${row.seq}`;
}

/**
 * Also reads a cursor handed out before migration 19, whose instant was ISO text: a list open
 * across an upgrade (or a CLI script holding one) goes on where it was.
 */
function decodeCursor(cursor: string): { sortMs: number; seq: number } {
  const match = /^(-?\d{1,15}|[0-9T:.+Z-]{1,40})~(\d{1,15})$/.exec(cursor);
  const sortMs = match?.[1] === undefined ? Number.NaN : /^-?\d+$/.test(match[1]) ? Number(match[1]) : Date.parse(match[1]);
  if (!match?.[2] || !Number.isSafeInteger(sortMs)) throw new AppError('INVALID_INPUT', 'That list position is not valid any more; reload the list.');
  return { sortMs, seq: Number(match[2]) };
}

const pageRowSchema = z.object({ seq: z.number().int(), sort_ms: z.number().int() });

const summaryRowSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  status: z.enum(ENTRY_STATUSES),
  sensitivity: z.enum(SENSITIVITIES),
  title: z.string(),
  occurred_at: z.string().nullable(),
  updated_at: z.string(),
  facts: z.string().nullable(),
});
type PageRow = z.infer<typeof pageRowSchema>;

export class EntriesRepository {
  private readonly insertEntry;
  private readonly updateEntry;
  private readonly insertRevision;
  private readonly byId;
  private readonly bySeq;
  private readonly revisionsOf;
  private readonly rewriteRevision;
  private readonly deleteRevisions;
  private readonly deleteEntry;
  private readonly facetValueId;
  private readonly facetValueUses;
  private readonly insertFacetValue;
  private readonly facetValueIdsOf;
  private readonly pruneFacetValue;
  private readonly insertFacet;
  private readonly deleteFacets;
  private readonly summaryOf;
  private readonly statements = new Map<string, Statement>();

  constructor(private readonly db: Db) {
    this.insertEntry = db.prepare(`INSERT INTO entries (id, kind, status, sensitivity, title, body, body_doc, occurred_at, location, country, labels, created_at, updated_at, revision)
      VALUES (@id, @kind, @status, @sensitivity, @title, @body, @bodyDoc, @occurredAt, @location, @country, @labels, @createdAt, @updatedAt, @revision)`);
    this.updateEntry = db.prepare(`UPDATE entries SET status = @status, sensitivity = @sensitivity, title = @title, body = @body, body_doc = @bodyDoc,
      occurred_at = @occurredAt, location = @location, country = @country, labels = @labels, facts = @facts, updated_at = @updatedAt, revision = @revision
      WHERE seq = @seq`);
    this.insertRevision = db.prepare('INSERT INTO entry_revisions (entry_id, revision, snapshot, saved_at) VALUES (?, ?, ?, ?)');
    this.byId = db.prepare(`${ENTRY_SELECT} WHERE id = ?`);
    this.bySeq = db.prepare(`${ENTRY_SELECT} WHERE seq = ?`);
    this.revisionsOf = db.prepare('SELECT snapshot FROM entry_revisions WHERE entry_id = ? ORDER BY revision').pluck();
    this.rewriteRevision = db.prepare('UPDATE entry_revisions SET snapshot = ? WHERE entry_id = ? AND revision = ?');
    this.deleteRevisions = db.prepare('DELETE FROM entry_revisions WHERE entry_id = ?');
    this.deleteEntry = db.prepare('DELETE FROM entries WHERE seq = ?');
    this.facetValueId = db.prepare('SELECT id FROM facet_values WHERE facet = ? AND value = ?').pluck();
    this.facetValueUses = db.prepare('SELECT count(*) FROM entry_facet_keys WHERE value_id = ?').pluck();
    this.insertFacetValue = db.prepare('INSERT INTO facet_values (facet, value) VALUES (?, ?)');
    this.facetValueIdsOf = db.prepare('SELECT value_id FROM entry_facet_keys WHERE entry_seq = ?').pluck();
    this.pruneFacetValue = db.prepare('DELETE FROM facet_values WHERE id = ? AND NOT EXISTS (SELECT 1 FROM entry_facet_keys WHERE value_id = ?)');
    this.insertFacet = db.prepare('INSERT OR IGNORE INTO entry_facet_keys (value_id, sort_ms, entry_seq) VALUES (?, ?, ?)');
    this.deleteFacets = db.prepare('DELETE FROM entry_facet_keys WHERE entry_seq = ?');
    this.summaryOf = db.prepare('SELECT seq, id, kind, status, sensitivity, title, occurred_at, updated_at, facts FROM entries WHERE seq = ?');
  }

  /** A statement prepared on first use and kept: one per table or list shape. */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  insert(entry: Entry): number {
    const seq = Number(this.insertEntry.run(rowParams(entry)).lastInsertRowid);
    const table = kindOf(entry).detailsTable;
    if (table) this.statement(`INSERT INTO ${table} (entry_seq, data) VALUES (?, ?)`).run(seq, JSON.stringify(detailsOf(entry)));
    this.writeFacets(seq, entry);
    return seq;
  }

  update(seq: number, entry: Entry): void {
    this.updateEntry.run({ ...rowParams(entry), seq });
    const table = kindOf(entry).detailsTable;
    if (table) this.statement(`UPDATE ${table} SET data = ? WHERE entry_seq = ?`).run(JSON.stringify(detailsOf(entry)), seq);
    const before = this.facetValueIdsOf.all(seq) as number[];
    this.deleteFacets.run(seq);
    this.writeFacets(seq, entry);
    this.pruneFacetValues(before);
  }

  private writeFacets(seq: number, entry: Entry): void {
    const at = sortMs(entry);
    for (const { facet, value } of facetsOf(entry)) this.insertFacet.run(this.facetValueIdFor(facet, value), at, seq);
  }

  /** Looked up in each transaction, never cached: a rolled-back batch would leave a cache naming ids that were never kept. */
  private facetValueIdFor(facet: string, value: string): number {
    const id = this.facetValueId.get(facet, value) as number | undefined;
    return id ?? Number(this.insertFacetValue.run(facet, value).lastInsertRowid);
  }

  /** Values no entry carries any more go with their last row: a deleted entry's tag is not left behind in the file. */
  private pruneFacetValues(ids: readonly number[]): void {
    for (const id of ids) this.pruneFacetValue.run(id, id);
  }

  /** Keeps the version being replaced, whole, as JSON: a save never destroys what it supersedes. */
  keepRevision(entry: Entry, savedAt: string): void {
    this.insertRevision.run(entry.id, entry.revision, JSON.stringify(withoutDerivedBody(entry)), savedAt);
  }

  /** Snapshots are checked like rows: a damaged one fails here, not in the UI. */
  revisions(entry: Entry): Entry[] {
    const schema = KIND_SCHEMAS[entry.kind].stored;
    return this.revisionsOf.all(entry.id).map((snapshot) => withDerivedBody(schema.parse(JSON.parse(String(snapshot)))));
  }

  /** Only for a redaction, the officer's recorded act: every other path keeps revisions as written. */
  redactRevision(entry: Entry): void {
    this.rewriteRevision.run(JSON.stringify(withoutDerivedBody(entry)), entry.id, entry.revision);
  }

  /**
   * The entry with its details, facets and every revision. Revisions have no foreign key, so
   * this deliberate call is the only thing that removes them; secure_delete zeroes the pages.
   */
  remove(stored: StoredEntry): void {
    const facetValues = this.facetValueIdsOf.all(stored.seq) as number[];
    this.deleteRevisions.run(stored.entry.id);
    this.deleteEntry.run(stored.seq);
    this.pruneFacetValues(facetValues);
  }

  findById(id: string): StoredEntry | undefined {
    return this.toStored(this.byId.get(id));
  }

  /** Every entry's seq, oldest first (a search-index rebuild reads the entries in pages of these). */
  allSeqs(): number[] {
    return this.db.prepare('SELECT seq FROM entries ORDER BY seq').pluck().all() as number[];
  }

  /** In the order of `seqs`; missing ones are skipped. */
  findManyBySeq(seqs: readonly number[]): StoredEntry[] {
    return seqs.flatMap((seq) => {
      const stored = this.toStored(this.bySeq.get(seq));
      return stored ? [stored] : [];
    });
  }

  private toStored(row: unknown): StoredEntry | undefined {
    if (row === undefined) return undefined;
    const r: EntryRow = entryRowSchema.parse(row);
    if (!isWritableKind(r.kind)) throw new AppError('VAULT_CORRUPT', `An entry has a kind this version of Fieldnotes does not know (${r.kind.slice(0, 40)}).`);
    const table = KIND_MODULES[r.kind].detailsTable;
    const data = table ? (this.statement(`SELECT data FROM ${table} WHERE entry_seq = ?`).pluck().get(r.seq) as string | undefined) : '{}';
    const details: unknown = JSON.parse(data ?? 'null');
    if (details === null || typeof details !== 'object') throw new AppError('VAULT_CORRUPT', 'An entry has lost its details.');
    const labels: unknown = r.labels === null ? {} : JSON.parse(r.labels);
    const entry = KIND_SCHEMAS[r.kind].stored.parse({
      ...details,
      ...(labels as object),
      id: r.id,
      kind: r.kind,
      status: r.status,
      sensitivity: r.sensitivity,
      title: r.title,
      body: r.body,
      bodyDoc: r.body_doc === null ? null : (JSON.parse(r.body_doc) as unknown),
      occurredAt: r.occurred_at,
      location: r.location,
      country: r.country,
      revision: r.revision,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    });
    return { seq: r.seq, entry: withDerivedBody(entry) };
  }

  /**
   * A page of summaries, newest first. With a cursor the page starts right after the row it
   * names: a seek in an index, as fast at the 100,000th entry as at the first. With an offset
   * only the index is walked, from whichever end is nearer (End is as quick as Home), and only
   * the page's rows are read.
   */
  list(query: EntryListQuery): EntryListPage {
    const valueIds = query.facets.map(({ facet, value }) => this.facetValueId.get(facet, value) as number | undefined);
    // A value no entry carries has no id: nothing can match.
    if (valueIds.includes(undefined)) return { entries: [], total: 0, nextCursor: null };
    const plan = listPlan(query, this.rarestFirst(valueIds as number[]));
    const total = this.statement(`SELECT count(*) ${plan.from} ${plan.where}`).pluck().get(plan.params) as number;
    const rows = query.after === undefined ? this.rowsAt(plan, query, total) : this.rowsAfter(plan, query.limit, decodeCursor(query.after));
    const last = rows.at(-1);
    return {
      entries: rows.flatMap((row) => this.summary(row.seq)),
      total,
      nextCursor: last && rows.length === query.limit ? encodeCursor(last) : null,
    };
  }

  /**
   * The list walks its first facet's rows and checks the others per row: the rarest first,
   * whatever order the filters were chosen in (a tag on 38,000 entries and a topic on 12,000
   * at 100k: 12,000 checks instead of 38,000 for the count). Counting a value's rows reads only
   * its stretch of the key, a few pages.
   */
  private rarestFirst(valueIds: number[]): number[] {
    if (valueIds.length < 2) return valueIds;
    const uses = new Map(valueIds.map((id) => [id, this.facetValueUses.get(id) as number]));
    return [...valueIds].sort((a, b) => (uses.get(a) ?? 0) - (uses.get(b) ?? 0));
  }

  /**
   * A list row from the entries row alone: no body, no details, no schema of the kind to check
   * (a hearing's is large). Rows written before facts were stored are read whole once.
   */
  private summary(seq: number): EntrySummary[] {
    const row = this.summaryOf.get(seq);
    if (row === undefined) return [];
    const r = summaryRowSchema.parse(row);
    if (r.facts === null) return this.findManyBySeq([seq]).map(({ entry }) => summaryOf(entry));
    const facts = z.array(summaryFactSchema).parse(JSON.parse(r.facts));
    return [{ id: r.id, kind: r.kind, title: r.title, occurredAt: r.occurred_at, updatedAt: r.updated_at, status: r.status, sensitivity: r.sensitivity, facts }];
  }

  private rowsAt(plan: ListPlan, query: EntryListQuery, total: number): PageRow[] {
    const limit = Math.min(query.limit, total - query.offset);
    if (limit <= 0) return [];
    const fromEnd = query.offset > total / 2;
    const direction = fromEnd ? 'ASC' : 'DESC';
    const offset = fromEnd ? total - query.offset - limit : query.offset;
    const sql = `SELECT ${plan.seq} AS seq, ${plan.sortAt} AS sort_ms ${plan.from} ${plan.where}
      ORDER BY ${plan.sortAt} ${direction}, ${plan.seq} ${direction} LIMIT @limit OFFSET @offset`;
    const rows = this.statement(sql).all({ ...plan.params, limit, offset }).map((row) => pageRowSchema.parse(row));
    return fromEnd ? rows.reverse() : rows;
  }

  private rowsAfter(plan: ListPlan, limit: number, after: { sortMs: number; seq: number }): PageRow[] {
    // Written as a range on the indexed column plus a tie-break, which SQLite seeks; a row-value comparison it would scan.
    const sql = `SELECT ${plan.seq} AS seq, ${plan.sortAt} AS sort_ms ${plan.from} ${plan.where} ${plan.where ? 'AND' : 'WHERE'}
      ${plan.sortAt} <= @afterSortAt AND (${plan.sortAt} < @afterSortAt OR ${plan.seq} < @afterSeq)
      ORDER BY ${plan.sortAt} DESC, ${plan.seq} DESC LIMIT @limit`;
    return this.statement(sql)
      .all({ ...plan.params, limit, afterSortAt: after.sortMs, afterSeq: after.seq })
      .map((row) => pageRowSchema.parse(row));
  }

  /**
   * Entries due on or after `from` (a day), soonest first, by the 'due:*' facet each kind
   * writes; before `until` (exclusive) when given, so Upcoming can ask for what is overdue.
   */
  dueFrom(facet: string, from: string, limit: number, until?: string): { seq: number; due: string }[] {
    return this.statement(`SELECT k.entry_seq AS seq, v.value AS due FROM facet_values v JOIN entry_facet_keys k ON k.value_id = v.id
      WHERE v.facet = ? AND v.value >= ? AND v.value < ? ORDER BY v.value, k.entry_seq LIMIT ?`).all(
      facet,
      from,
      until ?? '\uffff',
      limit,
    ) as { seq: number; due: string }[];
  }

  /** The distinct values of a facet, in order (the countries entries were filed under). */
  facetValues(facet: string, limit: number): string[] {
    // Every value in facet_values is carried by some entry (pruneFacetValues).
    return this.statement('SELECT value FROM facet_values WHERE facet = ? ORDER BY value LIMIT ?').pluck().all(facet, limit) as string[];
  }

  countByKind(): Record<EntryKind, number> {
    const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<EntryKind, number>;
    for (const row of this.db.prepare('SELECT kind, count(*) AS n FROM entries GROUP BY kind').all() as { kind: EntryKind; n: number }[]) {
      counts[row.kind] = row.n;
    }
    return counts;
  }
}

export function summaryOf(entry: Entry): EntrySummary {
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    occurredAt: entry.occurredAt,
    updatedAt: entry.updatedAt,
    status: entry.status,
    sensitivity: entry.sensitivity,
    facts: kindOf(entry).facts(entry),
  };
}
