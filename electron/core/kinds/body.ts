import { plainTextOf, type RichDoc } from '../../../shared/domain/rich-text';

interface WithBody {
  body: string;
  bodyDoc: RichDoc | null;
}

/**
 * The plain body of an entry with a formatted one is always plainTextOf(bodyDoc): search,
 * snippets and the CLI read it, so it is derived here and never taken from the sender, who
 * could send a body that says something else than the document the officer sees.
 */
export function withDerivedBody<T extends WithBody>(entry: T): T {
  return entry.bodyDoc ? { ...entry, body: plainTextOf(entry.bodyDoc) } : entry;
}

/**
 * What is written to disk: with a document, the body is left empty and derived again on read
 * (withDerivedBody), so the text is stored once, not twice (the vault's bytes per text byte).
 */
export function withoutDerivedBody<T extends WithBody>(entry: T): T {
  return entry.bodyDoc ? { ...entry, body: '' } : entry;
}
