// Zero dependencies on purpose: the sandboxed preload bundles this file and nothing else of ours.

/** Request/response channels, named `domain:verb`. */
export const CHANNELS = [
  'vault:status',
  'vault:create',
  'vault:unlock',
  'vault:lock',
  'vault:change-passphrase',
  'vault:purge',
  'entry:list',
  'entry:get',
  'entry:create',
  'entry:update',
  'entry:redact',
  'entry:delete',
  'entry:history',
  'entry:versions',
  'entry:finalize',
  'entry:import',
  'trial:timeline',
  'audit:list',
  'person:list',
  'person:get',
  'person:create',
  'person:update',
  'person:reveal',
  'person:versions',
  'consent:ledger',
  'consent:check',
  'consent:withdraw',
  'agenda:upcoming',
  'agenda:countries',
  'agenda:civic-space',
  'draft:save',
  'draft:get',
  'draft:discard',
  'draft:list',
  'search:query',
  'notebook-view:get',
  'notebook-view:set',
  'prefs:get',
  'prefs:set',
  'clipboard:copy-sensitive',
  'link:open',
  'job:cancel',
  'bundle:identity',
  'bundle:identity-save',
  'bundle:recipient-add',
  'bundle:recipient-list',
  'bundle:recipient-verify',
  'bundle:export-preview',
  'bundle:export',
  'bundle:export-result',
  'bundle:pick',
  'bundle:verify',
  'bundle:import',
  'bundle:import-result',
  'bundle:arrivals',
  'bundle:imported-list',
  'bundle:imported-entries',
  'bundle:imported-entry',
  'bundle:imported-name-reveal',
  'attachment:pick',
  'attachment:add',
  'attachment:list',
  'attachment:remove',
  'attachment:save-copy',
  'attachment:drop',
] as const;

export type Channel = (typeof CHANNELS)[number];

/**
 * Channels only the preload itself sends, never the page: 'attachment:drop' carries the path
 * the preload read from a dropped File (webUtils.getPathForFile), and a page that could send
 * it could name any file on the computer.
 */
export const PRELOAD_ONLY_CHANNELS: readonly Channel[] = ['attachment:drop'];

/** A channel the page may invoke: in the contract and not the preload's own. */
export function isPageChannel(value: unknown): value is Channel {
  return isChannel(value) && !PRELOAD_ONLY_CHANNELS.includes(value);
}

/**
 * Events the main process pushes to the renderer, each with its payload schema in events.ts.
 * 'vault:lock-requested': main is about to lock (idle, suspend, screen lock, global shortcut);
 * the page writes its draft, then locks itself. 'job:progress': a step of a long job.
 */
export const EVENTS = ['vault:locked', 'vault:lock-requested', 'job:progress'] as const;

export type AppEvent = (typeof EVENTS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

export function isAppEvent(value: unknown): value is AppEvent {
  return typeof value === 'string' && (EVENTS as readonly string[]).includes(value);
}

/** The name under which the preload exposes its API on `window`. */
export const BRIDGE_GLOBAL = 'fieldnotes';
