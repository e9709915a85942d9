import { z } from 'zod';
import { personIdentitySchema, personSchema, type Person, type PersonIdentity, type PersonListPage, type PersonListQuery, type PersonSummary } from '../../../../shared/domain/people';
import { AppError } from '../../../../shared/errors';
import type { Db } from '../driver';

/**
 * The form a pseudonym is unique and filtered by: compatibility forms folded, case and
 * repeated spaces ignored, so 'Olive  Tree' and 'olive tree' are one pseudonym.
 */
export function pseudonymKey(pseudonym: string): string {
  return pseudonym.normalize('NFKC').toLocaleLowerCase('und').trim().replace(/\s+/g, ' ');
}

const rowSchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  kind: z.string(),
  pseudonym: z.string(),
  organisation_id: z.string().nullable(),
  data: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  revision: z.number().int(),
});

/** Columns of the people row itself; everything else of the public record is its JSON. */
const ROW_KEYS = new Set(['id', 'kind', 'pseudonym', 'organisationId', 'createdAt', 'updatedAt', 'revision']);

function dataOf(person: Person): string {
  return JSON.stringify(Object.fromEntries(Object.entries(person).filter(([key]) => !ROW_KEYS.has(key))));
}

function params(person: Person) {
  return {
    id: person.id,
    kind: person.kind,
    pseudonym: person.pseudonym,
    pseudonymKey: pseudonymKey(person.pseudonym),
    organisationId: person.organisationId,
    data: dataOf(person),
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
    revision: person.revision,
  };
}

/** LIKE's wildcards in the officer's filter text are matched as themselves. */
function likePattern(text: string): string {
  return `%${pseudonymKey(text).replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * Prepared statements for People. No statement that lists or looks up people reads
 * person_identities: only identityOf (the officer's reveal) and keepRevision do.
 */
export class PeopleRepository {
  private readonly insertPerson;
  private readonly updatePerson;
  private readonly insertIdentity;
  private readonly updateIdentity;
  private readonly selectIdentity;
  private readonly insertRevision;
  private readonly selectRevisions;
  private readonly byId;
  private readonly byKey;
  private readonly pseudonymById;

  constructor(private readonly db: Db) {
    this.insertPerson = db.prepare(`INSERT INTO people (id, kind, pseudonym, pseudonym_key, organisation_id, data, created_at, updated_at, revision)
      VALUES (@id, @kind, @pseudonym, @pseudonymKey, @organisationId, @data, @createdAt, @updatedAt, @revision)`);
    this.updatePerson = db.prepare(`UPDATE people SET kind = @kind, pseudonym = @pseudonym, pseudonym_key = @pseudonymKey,
      organisation_id = @organisationId, data = @data, updated_at = @updatedAt, revision = @revision WHERE id = @id`);
    this.insertIdentity = db.prepare('INSERT INTO person_identities (person_seq, real_name, contacts) VALUES (?, ?, ?)');
    this.updateIdentity = db.prepare('UPDATE person_identities SET real_name = ?, contacts = ? WHERE person_seq = (SELECT seq FROM people WHERE id = ?)');
    this.selectIdentity = db.prepare(
      'SELECT i.real_name AS realName, i.contacts AS contacts FROM person_identities i JOIN people p ON p.seq = i.person_seq WHERE p.id = ?',
    );
    this.insertRevision = db.prepare('INSERT INTO people_revisions (person_id, revision, snapshot, identity, saved_at) VALUES (?, ?, ?, ?, ?)');
    this.selectRevisions = db.prepare('SELECT snapshot FROM people_revisions WHERE person_id = ? ORDER BY revision').pluck();
    this.byId = db.prepare('SELECT seq, id, kind, pseudonym, organisation_id, data, created_at, updated_at, revision FROM people WHERE id = ?');
    this.byKey = db.prepare('SELECT id FROM people WHERE pseudonym_key = ?').pluck();
    this.pseudonymById = db.prepare('SELECT pseudonym FROM people WHERE id = ?').pluck();
  }

  insert(person: Person, identity: PersonIdentity): void {
    const seq = this.insertPerson.run(params(person)).lastInsertRowid;
    this.insertIdentity.run(seq, identity.realName, identity.contacts);
  }

  /** The public record; the identity only when the officer changed it (undefined keeps it). */
  update(person: Person, identity: PersonIdentity | undefined): void {
    this.updatePerson.run(params(person));
    if (identity) this.updateIdentity.run(identity.realName, identity.contacts, person.id);
  }

  /** The version being replaced, whole, identity in its own column: an edit never destroys what it supersedes. */
  keepRevision(person: Person, savedAt: string): void {
    const identity = this.identityOf(person.id);
    this.insertRevision.run(person.id, person.revision, JSON.stringify(person), identity ? JSON.stringify(identity) : null, savedAt);
  }

  /** Superseded public versions, oldest first (the identity column is not read). */
  revisions(id: string): Person[] {
    return this.selectRevisions.all(id).map((snapshot) => personSchema.parse(JSON.parse(String(snapshot))));
  }

  identityOf(id: string): PersonIdentity | undefined {
    const row = this.selectIdentity.get(id);
    return row === undefined ? undefined : personIdentitySchema.parse(row);
  }

  findById(id: string): Person | undefined {
    const row = this.byId.get(id);
    if (row === undefined) return undefined;
    const r = rowSchema.parse(row);
    const data: unknown = JSON.parse(r.data);
    if (data === null || typeof data !== 'object') throw new AppError('VAULT_CORRUPT', 'A person record has lost its details.');
    return personSchema.parse({
      ...data,
      id: r.id,
      kind: r.kind,
      pseudonym: r.pseudonym,
      organisationId: r.organisation_id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      revision: r.revision,
    });
  }

  /** The id of the record holding this pseudonym (by its folded form), if any. */
  idByPseudonym(pseudonym: string): string | undefined {
    return this.byKey.get(pseudonymKey(pseudonym)) as string | undefined;
  }

  pseudonymOf(id: string): string | undefined {
    return this.pseudonymById.get(id) as string | undefined;
  }

  /** Pseudonyms in their folded order; a filter matches any part of one. */
  list(query: PersonListQuery): PersonListPage {
    const where = ['pseudonym_key LIKE @pattern ESCAPE \'\\\''];
    if (query.kind) where.push('kind = @kind');
    const clause = `FROM people WHERE ${where.join(' AND ')}`;
    const bind = { pattern: likePattern(query.query), ...(query.kind ? { kind: query.kind } : {}) };
    const total = this.db.prepare(`SELECT count(*) ${clause}`).pluck().get(bind) as number;
    const rows = this.db
      .prepare(`SELECT id, kind, pseudonym, json_extract(data, '$.riskLevel') AS riskLevel ${clause} ORDER BY pseudonym_key, seq LIMIT @limit OFFSET @offset`)
      .all({ ...bind, limit: query.limit, offset: query.offset }) as PersonSummary[];
    return { people: rows, total };
  }
}
