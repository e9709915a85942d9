// Pure helpers for ensure-native.mjs: no process spawning, no network, testable with real files.
import { join } from 'node:path';

/**
 * Reads the Node ABI (NODE_MODULE_VERSION) a native addon was compiled for, from its bytes,
 * without loading it. NAN/V8-API addons (better-sqlite3 is one) export a symbol named
 * `node_register_module_v<ABI>`; the name is in the ELF/Mach-O/PE symbol table as plain ASCII.
 * Returns 'napi' for an N-API-only addon (ABI-independent) and null when neither is found.
 *
 * @param {Uint8Array} bytes
 * @returns {number | 'napi' | null}
 */
export function readAddonAbi(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Set();
  for (const match of text.matchAll(/node_register_module_v(\d{2,4})/g)) found.add(Number(match[1]));
  if (found.size === 1) return [...found][0];
  if (found.size > 1) return null; // two different ABIs in one file: not something to trust
  return text.includes('napi_register_module_v1') ? 'napi' : null;
}

/**
 * Where a build for one runtime ABI is kept, so switching between Node (tests, CLI) and
 * Electron (npm start, packaging) is a copy instead of a 70 s compile. The key carries the
 * module version, platform, arch and ABI: an upgrade or another machine never reuses a build.
 *
 * @param {{ cacheRoot: string, moduleName: string, moduleVersion: string, platform: string, arch: string, abi: number }} key
 */
export function cachedBinaryPath(key) {
  const safeName = key.moduleName.replace(/[^a-z0-9.-]/gi, '_');
  return join(key.cacheRoot, `${safeName}@${key.moduleVersion}`, `${key.platform}-${key.arch}`, `abi-${key.abi}.node`);
}

/**
 * Environment for node-gyp. For Electron, every `nodedir` setting is removed: this machine's
 * npm config sets nodedir=/usr, and node-gyp would then compile against Node's headers while
 * reporting success (TOOLCHAIN.md). For Node the environment is left as it is.
 *
 * @param {'node' | 'electron'} runtime
 * @param {Record<string, string | undefined>} env
 */
export function nodeGypEnv(runtime, env) {
  if (runtime === 'node') return { ...env };
  const clean = {};
  for (const [name, value] of Object.entries(env)) {
    if (/^npm_config_nodedir$/i.test(name)) continue;
    clean[name] = value;
  }
  return clean;
}

/**
 * node-gyp arguments for a release build against the target runtime's headers.
 *
 * @param {{ runtime: 'node' | 'electron', electronVersion?: string, arch: string }} target
 */
export function nodeGypArgs(target) {
  const args = ['rebuild', '--release', `--arch=${target.arch}`];
  if (target.runtime === 'electron') {
    if (!target.electronVersion) throw new Error('electronVersion is required for an Electron build');
    args.push(`--target=${target.electronVersion}`, '--dist-url=https://electronjs.org/headers');
  }
  return args;
}
