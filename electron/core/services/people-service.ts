import { randomUUID } from 'node:crypto';
import type { Person, PersonIdentity, PersonIdentityChange, PersonInput, PersonListPage, PersonListQuery } from '../../../shared/domain/people';
import { AppError } from '../../../shared/errors';
import type { PeopleRepository } from '../db/repositories/people-repository';
import type { WritePath } from './write-path';

/**
 * People and organisations behind their pseudonyms. Every read here returns the public record;
 * the real name and contacts come out only through reveal(), which records that it happened.
 */
export class PeopleService {
  constructor(
    private readonly writes: WritePath,
    private readonly repo: PeopleRepository,
    private readonly now: () => Date,
  ) {}

  private require(id: string): Person {
    const person = this.repo.findById(id);
    if (!person) throw new AppError('NOT_FOUND', 'No person or organisation with that id.');
    return person;
  }

  /** Pseudonyms are how everyone is told apart in every list: two records may not share one. */
  private checkPseudonym(pseudonym: string, selfId: string | null): void {
    const holder = this.repo.idByPseudonym(pseudonym);
    if (holder !== undefined && holder !== selfId) {
      throw new AppError('INVALID_INPUT', 'pseudonym: another person or organisation already has this pseudonym; choose another.');
    }
  }

  private checkOrganisation(input: PersonInput, selfId: string | null): void {
    if (input.organisationId === null) return;
    if (input.organisationId === selfId) throw new AppError('INVALID_INPUT', 'organisationId: a record cannot be a member of itself.');
    const organisation = this.repo.findById(input.organisationId);
    if (organisation?.kind !== 'organisation') throw new AppError('INVALID_INPUT', 'organisationId: no organisation with that id in People.');
  }

  private changedIdentity(id: string, change: PersonIdentityChange): PersonIdentity {
    const stored = this.repo.identityOf(id) ?? { realName: '', contacts: '' };
    return { realName: change.realName ?? stored.realName, contacts: change.contacts ?? stored.contacts };
  }

  create(input: PersonInput, identity: PersonIdentity): Person {
    return this.writes.run((audit) => {
      this.checkPseudonym(input.pseudonym, null);
      this.checkOrganisation(input, null);
      const at = this.now().toISOString();
      const person: Person = { ...input, id: randomUUID(), revision: 1, createdAt: at, updatedAt: at };
      this.repo.insert(person, identity);
      audit({ action: 'person.created', subjectId: person.id, detail: { kind: person.kind } });
      return person;
    });
  }

  /**
   * A new version; the one it replaces is kept (people_revisions) with the identity it had.
   * Each identity part left out stays as stored: clearing the name must not lose the contacts.
   */
  update(id: string, revision: number, input: PersonInput, identity?: PersonIdentityChange): Person {
    return this.writes.run((audit) => {
      const current = this.require(id);
      if (current.revision !== revision) {
        throw new AppError('CONFLICT', 'This record was changed elsewhere since you opened it. Reopen it to see the newer version.');
      }
      this.checkPseudonym(input.pseudonym, id);
      this.checkOrganisation(input, id);
      const next: Person = { ...input, id, revision: revision + 1, createdAt: current.createdAt, updatedAt: this.now().toISOString() };
      this.repo.keepRevision(current, next.updatedAt);
      this.repo.update(next, identity && this.changedIdentity(id, identity));
      audit({ action: 'person.revised', subjectId: id, detail: { revision: next.revision, identityChanged: identity !== undefined } });
      return next;
    });
  }

  /** The real name and contacts, for the officer who asked on purpose; the audit log records that (never what). */
  reveal(id: string): PersonIdentity {
    return this.writes.run((audit) => {
      this.require(id);
      const identity = this.repo.identityOf(id) ?? { realName: '', contacts: '' };
      audit({ action: 'person.name-revealed', subjectId: id });
      return identity;
    });
  }

  get(id: string): Person {
    return this.require(id);
  }

  list(query: PersonListQuery): PersonListPage {
    return this.repo.list(query);
  }

  /** What lists of other records show for a person: the pseudonym, or undefined when there is no such record. */
  pseudonymOf(id: string): string | undefined {
    return this.repo.pseudonymOf(id);
  }

  /** Every superseded version, oldest first (public part only). */
  history(id: string): Person[] {
    this.require(id);
    return this.repo.revisions(id);
  }
}
