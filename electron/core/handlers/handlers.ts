import type { Channel } from '../../../shared/ipc/channels';
import type { ChannelOutput, ParsedInput } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/errors';
import { trialTimeline } from '../kinds/trial-timeline';
import { addPicked, dropAttachment, pickAttachments, saveCopy } from './attachment-handlers';
import {
  arrivals,
  exportResult,
  exportService,
  importedEntries,
  importedEntry,
  importedList,
  importResult,
  pickBundleFiles,
  revealImportedName,
  saveOfficerKey,
  startExport,
  startImport,
  verifyBundle,
} from './bundle-handlers';
import type { DesktopPort, HandlerContext } from './context';

export type Handler<C extends Channel> = (
  ctx: HandlerContext,
  input: ParsedInput<C>,
) => Promise<ChannelOutput<C>> | ChannelOutput<C>;

function requireDesktop(ctx: HandlerContext): DesktopPort {
  if (!ctx.desktop) throw new AppError('UNAVAILABLE', 'This needs the desktop app.');
  return ctx.desktop;
}

/** One function per channel; each is a thin call into the vault or a service. */
export const handlers: { [C in Channel]: Handler<C> } = {
  'vault:status': (ctx) => ctx.vault.status(),
  'vault:create': (ctx, { passphrase }) => ctx.vault.create(passphrase),
  'vault:unlock': (ctx, { passphrase }) => ctx.vault.unlock(passphrase),
  'vault:lock': (ctx) => ctx.vault.lock(),
  'vault:change-passphrase': (ctx, { current, next, rekey }) => ctx.vault.changePassphrase(current, next, { rekey }),
  'vault:purge': (ctx) => ctx.vault.purge(),
  'entry:list': (ctx, query) => ctx.vault.requireNotebook().entries.list(query),
  'entry:get': (ctx, { id }) => ctx.vault.requireNotebook().entries.get(id),
  'entry:create': (ctx, { entry, discardDraft }) => ctx.vault.requireNotebook().entries.create(entry, { discardDraft }),
  'entry:update': (ctx, { id, revision, entry, discardDraft }) =>
    ctx.vault.requireNotebook().entries.update(id, revision, entry, { discardDraft }),
  'entry:redact': (ctx, { id, revision, passage }) => ctx.vault.requireNotebook().entries.redact(id, revision, passage),
  'entry:delete': (ctx, { id, revision }) => {
    ctx.vault.requireNotebook().entries.delete(id, revision);
    return {};
  },
  'entry:history': (ctx, { id }) => ctx.vault.requireNotebook().entries.timeline(id),
  'entry:versions': (ctx, { id }) => ctx.vault.requireNotebook().entries.history(id),
  'entry:finalize': (ctx, { id, revision }) => ctx.vault.requireNotebook().entries.finalize(id, revision),
  'trial:timeline': (ctx, { id }) => trialTimeline(ctx.vault.requireNotebook().entries, id),
  'entry:import': (ctx, { entries }) => ({ count: ctx.vault.requireNotebook().entries.createMany(entries).length }),
  'audit:list': (ctx, query) => ctx.vault.requireNotebook().audit.list(query),
  'person:list': (ctx, query) => ctx.vault.requireNotebook().people.list(query),
  'person:get': (ctx, { id }) => ctx.vault.requireNotebook().people.get(id),
  'person:create': (ctx, { person, identity }) => ctx.vault.requireNotebook().people.create(person, identity),
  'person:update': (ctx, { id, revision, person, identity }) => ctx.vault.requireNotebook().people.update(id, revision, person, identity),
  'person:reveal': (ctx, { id }) => ctx.vault.requireNotebook().people.reveal(id),
  'person:versions': (ctx, { id }) => ctx.vault.requireNotebook().people.history(id),
  'consent:ledger': (ctx, query) => ctx.vault.requireNotebook().consent.ledger(query),
  'bundle:identity': (ctx) => ctx.vault.requireBundleStores().officer.public(),
  'bundle:identity-save': (ctx) => saveOfficerKey(ctx),
  'bundle:recipient-add': (ctx, { name, recipient, verified }) => ctx.vault.requireBundleStores().recipients.add(name, recipient, verified),
  'bundle:recipient-list': (ctx) => ctx.vault.requireBundleStores().recipients.list(),
  'bundle:recipient-verify': (ctx, { name }) => ctx.vault.requireBundleStores().recipients.setVerified(name, true),
  'bundle:export-preview': (ctx, { filter }) => exportService(ctx).preview(filter, true),
  'bundle:export': (ctx, input) => startExport(ctx, input),
  'bundle:export-result': (ctx, { jobId }) => exportResult(ctx, jobId),
  'bundle:pick': (ctx, { purpose }) => pickBundleFiles(ctx, purpose),
  'bundle:verify': (ctx, files) => verifyBundle(ctx, files),
  'bundle:import': (ctx, files) => startImport(ctx, files),
  'bundle:import-result': (ctx, { jobId }) => importResult(ctx, jobId),
  'bundle:arrivals': (ctx) => arrivals(ctx),
  'bundle:imported-list': (ctx) => importedList(ctx),
  'bundle:imported-entries': (ctx, { bundleId }) => importedEntries(ctx, bundleId),
  'bundle:imported-entry': (ctx, { bundleId, entryId }) => importedEntry(ctx, bundleId, entryId),
  'bundle:imported-name-reveal': (ctx, { bundleId, personId }) => revealImportedName(ctx, bundleId, personId),
  'consent:check': (ctx, { personId, scope, at }) => {
    const { consent } = ctx.vault.requireNotebook();
    return at === undefined ? consent.covers(personId, scope) : consent.covers(personId, scope, new Date(at));
  },
  'consent:withdraw': (ctx, { id, how }) => ctx.vault.requireNotebook().consent.withdraw(id, how),
  'agenda:upcoming': (ctx, { days }) => ctx.vault.requireNotebook().agenda.upcoming(days),
  'agenda:countries': (ctx) => ctx.vault.requireNotebook().agenda.countries(),
  'agenda:civic-space': (ctx, query) => ctx.vault.requireNotebook().agenda.civicSpace(query),
  'draft:save': (ctx, { key, baseRevision, entry, keptOnPurpose }) => {
    ctx.vault.requireNotebook().drafts.save(key, baseRevision, entry, keptOnPurpose);
    return {};
  },
  'draft:get': (ctx, { key }) => ctx.vault.requireNotebook().drafts.get(key),
  'draft:discard': (ctx, { key }) => {
    ctx.vault.requireNotebook().drafts.discard(key);
    return {};
  },
  'draft:list': (ctx) => ctx.vault.requireNotebook().drafts.list().map((draft) => draft.key),
  'search:query': (ctx, query) => ctx.vault.requireNotebook().search.query(query),
  'notebook-view:get': (ctx) => ctx.vault.requireNotebook().view.get(),
  'notebook-view:set': (ctx, patch) => ctx.vault.requireNotebook().view.set(patch),
  'prefs:get': (ctx) => ctx.preferences.get(),
  'prefs:set': (ctx, patch) => ctx.preferences.set(patch),
  'clipboard:copy-sensitive': async (ctx, { text }) => {
    await requireDesktop(ctx).copySensitive(text);
    return {};
  },
  'link:open': async (ctx, { url }) => {
    // Checked here, not only in the UI: a compromised renderer must not open addresses the officer has not allowed.
    if (!ctx.preferences.get().allowOpeningLinks) {
      throw new AppError('NOT_ALLOWED', 'Opening links is turned off in Settings.');
    }
    await requireDesktop(ctx).openExternal(url);
    return {};
  },
  'job:cancel': (ctx, { jobId }) => ({ cancelled: ctx.vault.jobs.cancel(jobId) }),
  'attachment:pick': (ctx) => pickAttachments(ctx),
  'attachment:drop': (ctx, input) => dropAttachment(ctx, input),
  'attachment:add': (ctx, input) => addPicked(ctx, input),
  'attachment:list': (ctx, { entryId, includeRemoved }) => ctx.vault.requireNotebook().attachments.list(entryId, { includeRemoved }),
  'attachment:remove': async (ctx, { id }) => {
    await ctx.vault.requireNotebook().attachments.remove(id);
    return {};
  },
  'attachment:save-copy': (ctx, { id }) => saveCopy(ctx, id),
};
