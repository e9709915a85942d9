import { z } from 'zod';
import type { Channel } from './channels';
import {
  LIMITS,
  entryIdSchema,
  entryInputSchema,
  entryListPageSchema,
  entryListQuerySchema,
  entrySchema,
} from '../domain/entries';
import { auditListQuerySchema, auditPageSchema } from '../domain/audit';
import { civicSpaceQuerySchema, civicSpaceViewSchema, upcomingItemSchema, upcomingQuerySchema } from '../domain/agenda';
import { consentCheckInputSchema, consentCoverageSchema, consentLedgerQuerySchema, consentLedgerRowSchema, consentWithdrawInputSchema } from '../domain/consent';
import { personIdSchema, personIdentityChangeSchema, personIdentitySchema, personInputSchema, personListPageSchema, personListQuerySchema, personSchema } from '../domain/people';
import { entryHistorySchema } from '../domain/entry-history';
import { trialTimelineSchema } from '../domain/kinds/trial';
import { jobIdSchema } from '../domain/jobs';
import { attachmentIdSchema, attachmentMetadataSchema, attachmentSchema } from '../domain/attachments';
import {
  BUNDLE_PICK_PURPOSES,
  bundleFilesSchema,
  bundleRecipientSchema,
  bundleSummarySchema,
  exportFilterSchema,
  exportPlanSchema,
  exportResultSchema,
  keepMetadataSchema,
  importedBundleSchema,
  importedEntrySchema,
  importedEntrySummarySchema,
  importOutcomeSchema,
  jobResultSchema,
  officerArrivalsSchema,
  officerIdentitySchema,
  pickedBundleFileSchema,
  recipientNameSchema,
} from '../domain/bundles';
import { draftBaseRevisionSchema, draftEntrySchema, draftKeySchema, draftSchema } from '../domain/drafts';
import { openableUrlSchema } from '../domain/links';
import { notebookViewSchema } from '../domain/notebook-view';
import { newPassphraseSchema, passphraseSchema } from '../domain/passphrase';
import { boundedText } from '../domain/text';
import { preferencesPatchSchema, preferencesSchema } from '../domain/preferences';
import { searchQuerySchema, searchResultSchema } from '../domain/search';
import { PURGE_CONFIRMATION, vaultStatusSchema } from '../domain/vault';

/** Entries one import may carry: about 200 MB of typical notes, which one transaction holds comfortably. */
export const IMPORT_MAX = 100_000;

interface Route {
  input: z.ZodType;
  output: z.ZodType;
}

const none = z.strictObject({});

/** A file the officer chose (picked or dropped): an opaque token and what the file carries. */
const pickedFileSchema = z.strictObject({
  token: z.uuid(),
  name: z.string().max(255),
  bytes: z.number().int().nonnegative(),
  mediaType: z.string().max(100),
  metadata: attachmentMetadataSchema,
  strippable: z.boolean(),
});

/**
 * One schema pair per channel. The input schema rejects anything malformed before a handler
 * runs; the output schema is also the allow-list of what may reach the renderer (no keys, no
 * ciphertext, no paths): a handler that returns more fails loudly in the main process.
 */
export const contract = {
  'vault:status': { input: none, output: vaultStatusSchema },
  'vault:create': { input: z.strictObject({ passphrase: newPassphraseSchema }), output: vaultStatusSchema },
  'vault:unlock': { input: z.strictObject({ passphrase: passphraseSchema }), output: vaultStatusSchema },
  'vault:lock': { input: none, output: vaultStatusSchema },
  'vault:change-passphrase': {
    input: z.strictObject({
      current: passphraseSchema,
      next: newPassphraseSchema,
      /** "The old passphrase may be known to someone": re-encrypt the database under a new data key too. */
      rekey: z.boolean().default(false),
    }),
    output: vaultStatusSchema,
  },
  'vault:purge': {
    // The UI asks twice; this literal is the second answer, so a stray call cannot purge.
    input: z.strictObject({ confirm: z.literal(PURGE_CONFIRMATION) }),
    output: vaultStatusSchema,
  },
  'entry:list': { input: entryListQuerySchema, output: entryListPageSchema },
  'entry:get': { input: z.strictObject({ id: entryIdSchema }), output: entrySchema },
  'entry:create': {
    input: z.strictObject({
      entry: entryInputSchema,
      /** The editor's draft this save supersedes; removed in the same transaction as the write. */
      discardDraft: draftKeySchema.optional(),
    }),
    output: entrySchema,
  },
  'entry:update': {
    input: z.strictObject({
      id: entryIdSchema,
      /** The revision the editor started from: a stale save is refused with CONFLICT, never merged blindly. */
      revision: z.number().int().positive(),
      entry: entryInputSchema,
      discardDraft: draftKeySchema.optional(),
    }),
    output: entrySchema,
  },
  /**
   * The officer's deliberate removal of a passage (a real name, say) from the note, every
   * earlier revision, its draft and the search index; the history records when, never what.
   * Matched exactly after NFC. The result is a new revision.
   */
  'entry:redact': {
    input: z.strictObject({
      id: entryIdSchema,
      revision: z.number().int().positive(),
      passage: boundedText(LIMITS.body, { required: true }),
    }),
    output: entrySchema,
  },
  /** Removes the note with every revision, draft and index row; the history records that and when. */
  'entry:delete': { input: z.strictObject({ id: entryIdSchema, revision: z.number().int().positive() }), output: none },
  /** When each earlier version was written and when the note was redacted; no text. */
  'entry:history': { input: z.strictObject({ id: entryIdSchema }), output: entryHistorySchema },
  /** Every superseded version of an entry, whole, oldest first: what the history view opens. */
  'entry:versions': { input: z.strictObject({ id: entryIdSchema }), output: z.array(entrySchema) },
  /** Marks a draft entry final: from then on it is the officer's record, and each edit keeps a version. */
  'entry:finalize': { input: z.strictObject({ id: entryIdSchema, revision: z.number().int().positive() }), output: entrySchema },
  /** Many entries in one transaction, all or none (the CLI's `entry import`; headquarters' bulk loads). */
  /** The hearings of a trial's case (same case number or defender case), oldest first, with their adjournments. */
  'trial:timeline': { input: z.strictObject({ id: entryIdSchema }), output: trialTimelineSchema },
  'entry:import': { input: z.strictObject({ entries: z.array(entryInputSchema).min(1).max(IMPORT_MAX) }), output: z.strictObject({ count: z.number().int().positive() }) },
  /** The vault's audit log, newest first: actions with ids, counts and kinds, never a name. */
  'audit:list': { input: auditListQuerySchema, output: auditPageSchema },
  /** People by pseudonym only: no list, get or version ever carries a real name or contacts. */
  'person:list': { input: personListQuerySchema, output: personListPageSchema },
  'person:get': { input: z.strictObject({ id: personIdSchema }), output: personSchema },
  'person:create': { input: z.strictObject({ person: personInputSchema, identity: personIdentitySchema.default({ realName: '', contacts: '' }) }), output: personSchema },
  /** Each identity part left out (or identity itself) keeps what is stored; '' clears it. */
  'person:update': {
    input: z.strictObject({ id: personIdSchema, revision: z.number().int().positive(), person: personInputSchema, identity: personIdentityChangeSchema.optional() }),
    output: personSchema,
  },
  /** The real name and contacts, on the officer's deliberate request; audited as person.name-revealed. */
  'person:reveal': { input: z.strictObject({ id: personIdSchema }), output: personIdentitySchema },
  /** Every superseded version of a person's public record, oldest first. */
  'person:versions': { input: z.strictObject({ id: personIdSchema }), output: z.array(personSchema) },
  /** Every consent (or one person's), newest first, with its state for today on the notebook's clock. */
  'consent:ledger': { input: consentLedgerQuerySchema, output: z.array(consentLedgerRowSchema) },
  /** The officer's signing public key (minisign format) and its read-aloud fingerprint. */
  'bundle:identity': { input: none, output: officerIdentitySchema },
  /** Main's save dialog, then the public key written there (audited); the saved file's base name, null when the dialog was cancelled. */
  'bundle:identity-save': { input: none, output: z.strictObject({ fileName: z.string().nullable() }) },
  /** A headquarters age recipient (age1…); only a verified one can be exported to. */
  'bundle:recipient-add': { input: z.strictObject({ name: recipientNameSchema, recipient: z.string().trim().max(100), verified: z.boolean().default(false) }), output: bundleRecipientSchema },
  'bundle:recipient-list': { input: none, output: z.array(bundleRecipientSchema) },
  /** After the fingerprint was confirmed with headquarters out of band. */
  'bundle:recipient-verify': { input: z.strictObject({ name: recipientNameSchema }), output: bundleRecipientSchema },
  /** What an export would carry, names of the people consent lets it name included (each reveal audited). */
  'bundle:export-preview': { input: z.strictObject({ filter: exportFilterSchema }), output: exportPlanSchema },
  /**
   * Asks where to save (main's save dialog), then writes the signed, encrypted bundle as a job:
   * 'job:progress' in bytes of the total, 'job:cancel' stops it and leaves no file and no audit
   * row. jobId null: the officer cancelled the save dialog. The page never sends a path.
   * keepMetadata: attachments of the selection that leave with their metadata (any other id is refused before the dialog).
   */
  'bundle:export': { input: z.strictObject({ to: z.array(recipientNameSchema).min(1).max(20), filter: exportFilterSchema, keepMetadata: keepMetadataSchema }), output: z.strictObject({ jobId: jobIdSchema.nullable() }) },
  /** Waits for an export job to end: its result, or 'cancelled'; a failed export answers with its AppError. Read once. */
  'bundle:export-result': { input: z.strictObject({ jobId: jobIdSchema }), output: jobResultSchema(exportResultSchema) },
  /** Headquarters: main's open dialog for the bundle, the age identity file or the trusted officer keys; tokens, never paths. Empty when cancelled. */
  'bundle:pick': { input: z.strictObject({ purpose: z.enum(BUNDLE_PICK_PURPOSES) }), output: z.array(pickedBundleFileSchema) },
  /** Decrypts and checks signature, every hash and the recipients; the manifest's summary, or one AppError naming what failed. Writes nothing. */
  'bundle:verify': { input: bundleFilesSchema, output: bundleSummarySchema },
  /** Verifies everything, then imports as a job ('job:progress' in bytes read); nothing is written unless every check passed. */
  'bundle:import': { input: bundleFilesSchema, output: z.strictObject({ jobId: jobIdSchema }) },
  /** Waits for an import job to end: the outcome (already imported, replayed sequence), or 'cancelled'; a refusal answers with its AppError. Read once. */
  'bundle:import-result': { input: z.strictObject({ jobId: jobIdSchema }), output: jobResultSchema(importOutcomeSchema) },
  /** Per officer key: the sequence numbers that arrived, those missing, those replayed. */
  'bundle:arrivals': { input: none, output: z.array(officerArrivalsSchema) },
  /** Every imported bundle, newest import first. */
  'bundle:imported-list': { input: none, output: z.array(importedBundleSchema) },
  'bundle:imported-entries': { input: z.strictObject({ bundleId: z.uuid() }), output: z.array(importedEntrySummarySchema) },
  /** An imported entry: read-only everywhere (every write to its id is refused), shown with its bundle and signer. */
  'bundle:imported-entry': { input: z.strictObject({ bundleId: z.uuid(), entryId: entryIdSchema }), output: importedEntrySchema },
  /** The real name an imported bundle carried for one of its people, on headquarters' deliberate request; audited as bundle.imported-name-revealed. */
  'bundle:imported-name-reveal': { input: z.strictObject({ bundleId: z.uuid(), personId: z.string().min(1).max(100) }), output: z.strictObject({ realName: z.string().max(500) }) },
  /** The do-no-harm gate: does an active consent of this person cover the scope? */
  'consent:check': { input: consentCheckInputSchema, output: consentCoverageSchema },
  /** Withdraws a consent at once (never undone); audited as consent.withdrawn. */
  'consent:withdraw': { input: consentWithdrawInputSchema, output: entrySchema },
  /** What comes due (hearings, follow-ups, consent reviews and expiries, case actions): overdue first. */
  'agenda:upcoming': { input: upcomingQuerySchema, output: z.array(upcomingItemSchema) },
  /** The countries entries were filed under, for the civic-space view. */
  'agenda:countries': { input: none, output: z.array(z.string()) },
  /** A country's entries in a period, per civic-space topic, with counts. */
  'agenda:civic-space': { input: civicSpaceQuerySchema, output: civicSpaceViewSchema },
  /** Unsaved editor text, kept in the encrypted vault so a lock's reload loses nothing. Upsert. */
  'draft:save': {
    input: z.strictObject({
      key: draftKeySchema,
      baseRevision: draftBaseRevisionSchema,
      entry: draftEntrySchema,
      /** The officer chose "Keep as draft"; otherwise the editor kept it on its own (before a lock). */
      keptOnPurpose: z.boolean().optional(),
    }),
    output: none,
  },
  'draft:get': { input: z.strictObject({ key: draftKeySchema }), output: draftSchema.nullable() },
  'draft:discard': { input: z.strictObject({ key: draftKeySchema }), output: none },
  /** Which entries have a kept draft (keys only, no text): the list marks them. */
  'draft:list': { input: none, output: z.array(draftKeySchema) },
  'search:query': { input: searchQuerySchema, output: searchResultSchema },
  /** This vault's display settings (the discreet screen), stored inside the vault. */
  'notebook-view:get': { input: none, output: notebookViewSchema },
  'notebook-view:set': { input: notebookViewSchema.partial().strict(), output: notebookViewSchema },
  'prefs:get': { input: none, output: preferencesSchema },
  'prefs:set': { input: preferencesPatchSchema, output: preferencesSchema },
  'clipboard:copy-sensitive': { input: z.strictObject({ text: boundedText(LIMITS.participants, { required: true }) }), output: none },
  'link:open': { input: z.strictObject({ url: openableUrlSchema }), output: none },
  /** Stops a running job at its next slice (its 'job:progress' then says 'cancelled'); an ended job is left as it is. */
  'job:cancel': { input: z.strictObject({ jobId: jobIdSchema }), output: z.strictObject({ cancelled: z.boolean() }) },
  /** The system's file picker; each chosen file as a token (never a path) with what its metadata carries. */
  'attachment:pick': { input: none, output: z.array(pickedFileSchema) },
  /**
   * Sent by the preload only (PRELOAD_ONLY_CHANNELS), with the path of a file dropped on the
   * window; checked as a picked file is, and answered the same way: a token, never the path.
   */
  'attachment:drop': { input: z.strictObject({ path: z.string().min(1).max(4096) }), output: pickedFileSchema },
  /** Starts the encrypted copy as a job: 'job:progress' in bytes, 'job:cancel' stops it and nothing is added. */
  'attachment:add': {
    input: z.strictObject({ entryId: entryIdSchema, token: z.uuid(), stripLocation: z.boolean() }),
    output: z.strictObject({ jobId: jobIdSchema }),
  },
  /** Live attachments; with includeRemoved also those removed (name, type, size, removedAt), for the entry's history. */
  'attachment:list': { input: z.strictObject({ entryId: entryIdSchema, includeRemoved: z.boolean().optional() }), output: z.array(attachmentSchema) },
  'attachment:remove': { input: z.strictObject({ id: attachmentIdSchema }), output: none },
  /** After the page's confirmation: the save dialog in main chooses where; the audit log records the copy. */
  'attachment:save-copy': { input: z.strictObject({ id: attachmentIdSchema }), output: z.strictObject({ saved: z.boolean() }) },
} as const satisfies Record<Channel, Route>;

export type Contract = typeof contract;
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;
