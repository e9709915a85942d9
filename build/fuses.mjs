// The Electron fuses Fieldnotes ships with, as plain data (tested in tests/unit/main/fuses.test.ts).
// Fuses are bits in the Electron binary itself, read before any of our code runs, so they hold
// even against an attacker who controls the environment or the command line of the app.

/**
 * @param {string} platform electron-builder's electronPlatformName: 'linux' | 'win32' | 'darwin' | 'mas'
 * @returns {Record<string, boolean>} every FuseV1Options name → wanted state
 */
export function fuseSettings(platform) {
  return {
    // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
    RunAsNode: false,
    // Cookies are encrypted with the OS keyring (the session is in-memory anyway).
    EnableCookieEncryption: true,
    // NODE_OPTIONS could --require attacker code into the main process.
    EnableNodeOptionsEnvironmentVariable: false,
    // --inspect/--inspect-brk would let anyone on the account attach a debugger to the unlocked vault.
    EnableNodeCliInspectArguments: false,
    // Electron validates app.asar against the hash embedded at build time: macOS and Windows only
    // (Electron does not implement it on Linux; there root-owned install files are the protection).
    EnableEmbeddedAsarIntegrityValidation: platform === 'darwin' || platform === 'mas' || platform === 'win32',
    // Never load a loose app/ folder placed next to app.asar.
    OnlyLoadAppFromAsar: true,
    // The default V8 snapshot; no separate browser snapshot file to tamper with.
    LoadBrowserProcessSpecificV8Snapshot: false,
    // file:// gets no extra privileges (the app is served from app://).
    GrantFileProtocolExtraPrivileges: false,
    // WebAssembly trap handlers stay on (Electron's default; a hardening, not a risk).
    WasmTrapHandlers: true,
  };
}
