import { z } from 'zod';
import type { EntryKind, EntryListPage, EntryListQuery, EntrySummary, MeetingNote } from '../../../../shared/domain/entries';
import { AppError } from '../../../../shared/errors';
import { COUNTERPART_TYPES, ENTRY_KINDS, meetingNoteSchema } from '../../../../shared/domain/entries';
import type { Db } from '../driver';

/** Rows are checked on the way out: a tampered or half-migrated row fails here, not in the UI. */
const meetingRowSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  kind: z.literal('meeting'),
  title: z.string(),
  body: z.string(),
  occurred_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  revision: z.number().int(),
  location: z.string(),
  counterpart_type: z.enum(COUNTERPART_TYPES).nullable(),
  participants: z.string(),
});
type MeetingRow = z.infer<typeof meetingRowSchema>;

const summaryRowSchema = z.object({
  id: z.string(),
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  occurred_at: z.string().nullable(),
  updated_at: z.string(),
  counterpart_type: z.enum(COUNTERPART_TYPES).nullable(),
});

export interface StoredMeeting {
  seq: number;
  note: MeetingNote;
}

function toMeeting(row: unknown): StoredMeeting {
  const r: MeetingRow = meetingRowSchema.parse(row);
  return {
    seq: r.seq,
    note: {
      id: r.id,
      kind: r.kind,
      title: r.title,
      body: r.body,
      occurredAt: r.occurred_at,
      location: r.location,
      counterpartType: r.counterpart_type,
      participants: r.participants,
      revision: r.revision,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    },
  };
}

function toSummary(row: unknown): EntrySummary {
  const r = summaryRowSchema.parse(row);
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    occurredAt: r.occurred_at,
    updatedAt: r.updated_at,
    counterpartType: r.counterpart_type,
  };
}

const MEETING_SELECT = `
  SELECT e.seq, e.id, e.kind, e.title, e.body, e.occurred_at, e.created_at, e.updated_at, e.revision,
         m.location, m.counterpart_type, m.participants
  FROM entries e JOIN meeting_details m ON m.entry_seq = e.seq`;

/**
 * Newest first: by when it happened, undated notes by when they were written. Both are stored
 * as UTC instants in one form (the service writes them so), so comparing the text compares the
 * instants. The expression is entries_by_time's, word for word, so SQLite reads that index.
 */
const SORT_AT = 'coalesce(e.occurred_at, e.created_at)';
const LIST_ORDER = `ORDER BY ${SORT_AT} DESC, e.seq DESC`;
const LIST_SELECT = `SELECT e.seq, ${SORT_AT} AS sort_at, e.id, e.kind, e.title, e.occurred_at, e.updated_at, m.counterpart_type
  FROM entries e LEFT JOIN meeting_details m ON m.entry_seq = e.seq`;

const listRowSchema = summaryRowSchema.extend({ seq: z.number().int(), sort_at: z.string() });
type ListRow = z.infer<typeof listRowSchema>;
type Statement = ReturnType<Db['prepare']>;

/** Two shapes, not `@kind IS NULL OR …`: that form keeps SQLite off the kind's own index. */
const LIST_FILTER = { all: '', kind: 'WHERE e.kind = @kind' } as const;
type ListFilter = keyof typeof LIST_FILTER;

/** The cursor names the last row shown: its sort instant and seq (the tie-break). */
function encodeCursor(row: { sort_at: string; seq: number }): string {
  return `${row.sort_at}~${row.seq}`;
}

function decodeCursor(cursor: string): { sortAt: string; seq: number } {
  const match = /^([0-9T:.+Z-]{1,40})~(\d{1,15})$/.exec(cursor);
  if (!match?.[1] || !match[2]) throw new AppError('INVALID_INPUT', 'That list position is not valid any more; reload the list.');
  return { sortAt: match[1], seq: Number(match[2]) };
}

export class EntriesRepository {
  private readonly insertEntry;
  private readonly insertMeeting;
  private readonly updateEntry;
  private readonly updateMeeting;
  private readonly insertRevision;
  private readonly byId;
  private readonly bySeq;
  private readonly revisionsOf;
  private readonly listStatements = new Map<string, Statement>();
  private readonly rewriteRevision;
  private readonly deleteEntry;

  constructor(private readonly db: Db) {
    this.insertEntry = db.prepare(`INSERT INTO entries (id, kind, title, body, occurred_at, created_at, updated_at, revision)
      VALUES (@id, @kind, @title, @body, @occurredAt, @createdAt, @updatedAt, @revision)`);
    this.insertMeeting = db.prepare(`INSERT INTO meeting_details (entry_seq, location, counterpart_type, participants)
      VALUES (@seq, @location, @counterpartType, @participants)`);
    this.updateEntry = db.prepare(`UPDATE entries SET title = @title, body = @body, occurred_at = @occurredAt,
      updated_at = @updatedAt, revision = @revision WHERE seq = @seq`);
    this.updateMeeting = db.prepare(`UPDATE meeting_details SET location = @location, counterpart_type = @counterpartType,
      participants = @participants WHERE entry_seq = @seq`);
    this.insertRevision = db.prepare('INSERT INTO entry_revisions (entry_seq, revision, snapshot, saved_at) VALUES (?, ?, ?, ?)');
    this.byId = db.prepare(`${MEETING_SELECT} WHERE e.id = ?`);
    this.bySeq = db.prepare(`${MEETING_SELECT} WHERE e.seq = ?`);
    this.revisionsOf = db.prepare('SELECT snapshot FROM entry_revisions WHERE entry_seq = ? ORDER BY revision').pluck();
    this.rewriteRevision = db.prepare('UPDATE entry_revisions SET snapshot = ? WHERE entry_seq = ? AND revision = ?');
    this.deleteEntry = db.prepare('DELETE FROM entries WHERE seq = ?');
  }

  insertMeetingNote(note: MeetingNote): number {
    const seq = Number(this.insertEntry.run(note).lastInsertRowid);
    this.insertMeeting.run({ ...note, seq });
    return seq;
  }

  updateMeetingNote(seq: number, note: MeetingNote): void {
    this.updateEntry.run({ ...note, seq });
    this.updateMeeting.run({ ...note, seq });
  }

  /** Keeps the version being replaced, whole, as JSON: a save never destroys what it supersedes. */
  keepRevision(seq: number, note: MeetingNote, savedAt: string): void {
    this.insertRevision.run(seq, note.revision, JSON.stringify(note), savedAt);
  }

  /** Snapshots are checked like rows: a damaged one fails here, not in the UI. */
  revisions(seq: number): MeetingNote[] {
    return this.revisionsOf.all(seq).map((snapshot) => meetingNoteSchema.parse(JSON.parse(String(snapshot))));
  }

  /** Only for a redaction, the officer's recorded act: every other path keeps revisions as written. */
  redactRevision(seq: number, note: MeetingNote): void {
    this.rewriteRevision.run(JSON.stringify(note), seq, note.revision);
  }

  /** The entry, its details and every revision (ON DELETE CASCADE); secure_delete zeroes what they occupied. */
  remove(seq: number): void {
    this.deleteEntry.run(seq);
  }

  findById(id: string): StoredMeeting | undefined {
    const row = this.byId.get(id);
    return row === undefined ? undefined : toMeeting(row);
  }

  /** Every entry's seq, oldest first (a search-index rebuild reads the notes in pages of these). */
  allSeqs(): number[] {
    return this.db.prepare('SELECT seq FROM entries ORDER BY seq').pluck().all() as number[];
  }

  /** In the order of `seqs`; missing ones are skipped. */
  findManyBySeq(seqs: readonly number[]): StoredMeeting[] {
    return seqs.flatMap((seq) => {
      const row = this.bySeq.get(seq);
      return row === undefined ? [] : [toMeeting(row)];
    });
  }

  /**
   * A page of summaries, newest first. With a cursor the page starts right after the row it
   * names: a seek in the time index, as fast at the 100,000th note as at the first. With an
   * offset only the index is walked, from whichever end is nearer (End is as quick as Home),
   * and only the page's rows are read.
   */
  list(query: EntryListQuery): EntryListPage {
    const filter = query.kind === undefined ? 'all' : 'kind';
    const total = this.statement(`count ${filter}`, () => `SELECT count(*) FROM entries e ${LIST_FILTER[filter]}`).pluck().get({ kind: query.kind }) as number;
    const rows = query.after === undefined ? this.rowsAt(filter, query, total) : this.rowsAfter(filter, query, decodeCursor(query.after));
    const last = rows.at(-1);
    return {
      entries: rows.map(toSummary),
      total,
      nextCursor: last && rows.length === query.limit ? encodeCursor(last) : null,
    };
  }

  private rowsAt(filter: ListFilter, query: EntryListQuery, total: number): ListRow[] {
    const limit = Math.min(query.limit, total - query.offset);
    if (limit <= 0) return [];
    const fromEnd = query.offset > total / 2;
    const direction = fromEnd ? 'ASC' : 'DESC';
    const sql = () => `${LIST_SELECT} WHERE e.seq IN (
        SELECT e.seq FROM entries e ${LIST_FILTER[filter]} ORDER BY ${SORT_AT} ${direction}, e.seq ${direction} LIMIT @limit OFFSET @offset)
      ${LIST_ORDER}`;
    const offset = fromEnd ? total - query.offset - limit : query.offset;
    return this.statement(`at ${filter} ${direction}`, sql).all({ kind: query.kind, limit, offset }).map((row) => listRowSchema.parse(row));
  }

  private rowsAfter(filter: ListFilter, query: EntryListQuery, after: { sortAt: string; seq: number }): ListRow[] {
    // Written as a range on the indexed expression plus a tie-break, which SQLite seeks; a row-value comparison it would scan.
    const sql = () => `${LIST_SELECT} ${LIST_FILTER[filter]} ${filter === 'all' ? 'WHERE' : 'AND'} ${SORT_AT} <= @sortAt
        AND (${SORT_AT} < @sortAt OR e.seq < @seq) ${LIST_ORDER} LIMIT @limit`;
    return this.statement(`after ${filter}`, sql).all({ kind: query.kind, limit: query.limit, ...after }).map((row) => listRowSchema.parse(row));
  }

  /** The list's statements, prepared on first use: one per shape (kind filter, direction, cursor). */
  private statement(key: string, sql: () => string): Statement {
    let statement = this.listStatements.get(key);
    if (!statement) {
      statement = this.db.prepare(sql());
      this.listStatements.set(key, statement);
    }
    return statement;
  }

  countByKind(): Record<EntryKind, number> {
    const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<EntryKind, number>;
    for (const row of this.db.prepare('SELECT kind, count(*) AS n FROM entries GROUP BY kind').all() as { kind: EntryKind; n: number }[]) {
      counts[row.kind] = row.n;
    }
    return counts;
  }
}
