/**
 * The webPreferences every window must have, as literal types. Each line answers a threat:
 * - contextIsolation + sandbox + no nodeIntegration (page, workers, subframes): injected script
 *   gets neither Node nor the preload's privileged scope, only the frozen bridge;
 * - webSecurity on, no insecure content, no experimental features: same-origin policy and CSP
 *   stay in force, no half-finished Blink features;
 * - no <webview>: no second, less-hardened embedded browser;
 * - spellcheck off: Chromium's spell checker downloads dictionaries (network) and sends words
 *   through a service; a defender's name must not be one of them;
 * - navigateOnDragDrop off: dropping a file on the window must not navigate it;
 * - safeDialogs: a script cannot loop alert() to lock the officer out of the UI;
 * - devTools only in unpackaged developer builds.
 * electron/main/window.ts spells the same object out literally, typed with this interface (so a
 * weakened value is a compile error) and visible to Electronegativity's static scan.
 */
export interface HardenedWebPreferences {
  preload: string;
  partition: string;
  contextIsolation: true;
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  experimentalFeatures: false;
  webviewTag: false;
  spellcheck: false;
  navigateOnDragDrop: false;
  safeDialogs: true;
  enableWebSQL: false;
  devTools: boolean;
  v8CacheOptions: 'none';
  disableBlinkFeatures: 'Auxclick';
}

/** In-memory partition: no `persist:` prefix, so Chromium writes no cookies, cache or storage to disk. */
export const SESSION_PARTITION = 'fieldnotes';

/**
 * Chromium switches set before `ready`. Defence in depth behind the request filter:
 * - host-resolver-rules maps every host name to NOTFOUND, so even a request that slipped past
 *   the filter (or a Chromium-internal fetch) cannot resolve a name: no DNS query leaves;
 * - no DNS prefetch / predictive preconnect, no background networking, no component updater,
 *   no hyperlink auditing pings, no QUIC, no field trials;
 * - no crash reporting upload path is ever started (crashReporter.start is never called).
 */
export const CHROMIUM_SWITCHES: readonly (readonly [string, string?])[] = [
  ['host-resolver-rules', 'MAP * ~NOTFOUND'],
  ['dns-prefetch-disable'],
  ['disable-background-networking'],
  ['disable-component-update'],
  ['disable-domain-reliability'],
  ['disable-sync'],
  ['disable-quic'],
  ['no-pings'],
  ['disable-breakpad'],
  ['disable-features', 'NetworkPrediction,SpellcheckService,MediaRouter,DialMediaRouteProvider,AutofillServerCommunication,OptimizationHints,Translate'],
];

/** The window title never changes: a title bar, taskbar or screen share never shows a note's title or a name. */
export const WINDOW_TITLE = 'Fieldnotes';
