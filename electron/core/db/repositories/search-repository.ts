import type { Db } from '../driver';

export interface IndexedText {
  title: string;
  body: string;
  /** Location, participants and other short fields, weighted between title and body. */
  extra: string;
}

export interface RankedRow {
  seq: number;
  score: number;
}

/** bm25 column weights: a word in the title says more about a note than one in its body. */
const WEIGHTS = { title: 5, body: 1, extra: 2 };

export class SearchRepository {
  private readonly insert;
  private readonly remove;
  private readonly removeAll;
  private readonly merge;
  private readonly nthNewest;
  private readonly ranked;
  private readonly rankedSince;
  private readonly countCapped;
  private readonly newestBefore;
  private readonly fewByDate;
  private readonly manyByDate;

  constructor(db: Db) {
    this.insert = db.prepare('INSERT INTO search_index (rowid, title, body, extra) VALUES (?, ?, ?, ?)');
    this.remove = db.prepare('DELETE FROM search_index WHERE rowid = ?');
    this.removeAll = db.prepare("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    this.merge = db.prepare("INSERT INTO search_index (search_index) VALUES ('optimize')");
    this.nthNewest = db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?').pluck();
    const rank = `bm25(search_index, ${WEIGHTS.title}, ${WEIGHTS.body}, ${WEIGHTS.extra})`;
    this.ranked = db.prepare(`SELECT rowid AS seq, ${rank} AS score FROM search_index
      WHERE search_index MATCH ? ORDER BY score, rowid DESC LIMIT ? OFFSET ?`);
    this.rankedSince = db.prepare(`SELECT rowid AS seq, ${rank} AS score FROM search_index
      WHERE search_index MATCH ? AND rowid >= ? ORDER BY score, rowid DESC LIMIT ? OFFSET ?`);
    this.newestBefore = db.prepare(`SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid < ?
      ORDER BY rowid DESC LIMIT ? OFFSET ?`).pluck();
    // By date, two plans: few matches are fetched and sorted; many are found by walking the
    // notebook's own time index and keeping the matches (`+seq` stops SQLite from looking each
    // match up and sorting them all, ~3x slower for a word in every note at 100k).
    const byDate = 'ORDER BY sort_ms DESC, seq DESC LIMIT ? OFFSET ?';
    const matches = 'SELECT rowid FROM search_index WHERE search_index MATCH ?';
    this.fewByDate = db.prepare(`SELECT seq FROM entries WHERE seq IN (${matches}) ${byDate}`).pluck();
    this.manyByDate = db.prepare(`SELECT seq FROM entries INDEXED BY entries_by_sort WHERE +seq IN (${matches}) ${byDate}`).pluck();
    this.countCapped = db.prepare('SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)').pluck();
  }

  /** Called inside the transaction that writes the entry, so the index can never disagree with it. */
  put(seq: number, text: IndexedText): void {
    this.remove.run(seq);
    this.insert.run(seq, text.title, text.body, text.extra);
  }

  /** Removes an entry's row (its entry was deleted), inside the caller's transaction. */
  drop(seq: number): void {
    this.remove.run(seq);
  }

  /**
   * Rewrites the index as one segment. A delete in FTS5 only marks the row as gone: the removed
   * tokens stay in the old segments' pages (even with FTS5's 'secure-delete', a term can stay in
   * a leaf), readable to anyone who decrypts the database. Merging drops them and frees those
   * pages, which secure_delete then zeroes. It reads and writes the whole index, so only a
   * redaction or deletion, the officer's rare deliberate act, pays for it.
   */
  purgeRemovedTokens(): void {
    this.merge.run();
  }

  /** Empties the index, for a rebuild inside the caller's transaction. */
  clear(): void {
    this.removeAll.run();
  }

  /** Adds a row to an index known not to hold it (a new entry, a rebuild). */
  add(seq: number, text: IndexedText): void {
    this.insert.run(seq, text.title, text.body, text.extra);
  }

  /** The rowid of the n-th newest match (0-based), or undefined when there are fewer matches. */
  nthNewestMatch(match: string, n: number): number | undefined {
    return this.nthNewest.get(match, n) as number | undefined;
  }

  rank(match: string, page: { limit: number; offset: number }, sinceSeq?: number): RankedRow[] {
    const rows =
      sinceSeq === undefined
        ? this.ranked.all(match, page.limit, page.offset)
        : this.rankedSince.all(match, sinceSeq, page.limit, page.offset);
    return rows as RankedRow[];
  }

  /** Matches written before `beforeSeq`, newest first: what lies beyond the ranked window. */
  newestMatchesBefore(match: string, beforeSeq: number, page: { limit: number; offset: number }): number[] {
    return this.newestBefore.all(match, beforeSeq, page.limit, page.offset) as number[];
  }

  /** Matches in the notebook's order: by when it happened, undated notes by when written. */
  matchesByDate(match: string, page: { limit: number; offset: number }, many: boolean): number[] {
    return (many ? this.manyByDate : this.fewByDate).all(match, page.limit, page.offset) as number[];
  }

  count(match: string, cap: number): number {
    return this.countCapped.get(match, cap) as number;
  }
}
