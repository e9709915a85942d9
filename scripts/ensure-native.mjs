#!/usr/bin/env node
// Makes the native SQLite module match the runtime that is about to load it (and checks that
// sodium-native's N-API prebuild, which both runtimes load as it is, is present).
//
//   node scripts/ensure-native.mjs node       # before tests, the CLI, the benchmark
//   node scripts/ensure-native.mjs electron   # before `npm start` and packaging
//   node scripts/ensure-native.mjs electron --check   # report only, exit 1 on mismatch
//   node scripts/ensure-native.mjs electron --if-electron-binary   # no-op where Electron is absent
//
// Messages go to stderr: `npm run --silent fieldnotes -- … --json` keeps a clean stdout.
//
// Each build is cached per ABI under node_modules/.cache/fieldnotes-native, so switching back
// and forth is a file copy. Every result is verified by reading the ABI out of the binary:
// a build that claims success against the wrong headers is refused, and the previous binary
// is never touched until a verified build replaces it (node-gyp runs in a scratch copy of
// the module, because a failed rebuild deletes build/ and would break a concurrent test run).
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedBinaryPath, nodeGypArgs, nodeGypEnv, readAddonAbi } from './native-abi.mjs';

const MODULE = 'better-sqlite3-multiple-ciphers';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function fail(message) {
  process.stderr.write(`ensure-native: ${message}\n`);
  process.exit(1);
}

const runtime = process.argv[2];
const checkOnly = process.argv.includes('--check');
const onlyIfBinary = process.argv.includes('--if-electron-binary');
if (runtime !== 'node' && runtime !== 'electron') fail('usage: ensure-native.mjs node|electron [--check]');

// sodium-native (the bundle crypto) loads a prebuilt binary for this platform that uses only
// N-API, which Node and Electron both provide: it never needs a rebuild, but it must be there.
const sodiumDir = dirname(require.resolve('sodium-native/package.json'));
const sodiumBinary = join(sodiumDir, 'prebuilds', `${process.platform}-${process.arch}`, 'sodium-native.node');
if (!existsSync(sodiumBinary) || !readFileSync(sodiumBinary).includes('napi_register_module_v1')) {
  fail(`sodium-native has no N-API prebuild for ${process.platform}-${process.arch} (${sodiumBinary}); the bundle crypto cannot load.`);
}

const moduleDir = dirname(require.resolve(`${MODULE}/package.json`));
const moduleVersion = JSON.parse(readFileSync(join(moduleDir, 'package.json'), 'utf8')).version;
const binary = join(moduleDir, 'build', 'Release', 'better_sqlite3.node');

/** The ABI the runtime expects, read from files: never require('electron') (it downloads). */
function targetOf(kind) {
  if (kind === 'node') return { abi: Number(process.versions.modules), label: `Node ${process.version}` };
  const electronDir = dirname(require.resolve('electron/package.json'));
  const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
  const abiFile = join(electronDir, 'abi_version');
  if (!existsSync(abiFile)) fail(`electron ${version} has no abi_version file; cannot tell its ABI`);
  return { abi: Number(readFileSync(abiFile, 'utf8').trim()), label: `Electron ${version}`, version };
}

const abiOf = (file) => (existsSync(file) ? readAddonAbi(readFileSync(file)) : null);
const cacheFor = (abi) =>
  cachedBinaryPath({
    cacheRoot: join(root, 'node_modules', '.cache', 'fieldnotes-native'),
    moduleName: MODULE,
    moduleVersion,
    platform: process.platform,
    arch: process.arch,
    abi,
  });

/** Copy to a temp name, then rename: a reader never sees half a binary. */
function install(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  const temp = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temp);
  renameSync(temp, to);
}

function stash() {
  const abi = abiOf(binary);
  if (typeof abi === 'number' && !existsSync(cacheFor(abi))) install(binary, cacheFor(abi));
  return abi;
}

/** The Electron executable, looked up without require('electron') (that would download it). */
function electronBinaryPresent() {
  if (process.env.FIELDNOTES_ELECTRON_PATH) return existsSync(process.env.FIELDNOTES_ELECTRON_PATH);
  const electronDir = dirname(require.resolve('electron/package.json'));
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(electronDir, 'dist');
  return existsSync(join(dist, readFileSync(pathFile, 'utf8').trim()));
}

if (runtime === 'electron' && onlyIfBinary && !electronBinaryPresent()) {
  process.stderr.write('ensure-native: no Electron binary here; nothing to prepare\n');
  process.exit(0);
}

// prebuild-install (the module's install script) downloads a prebuilt binary from GitHub when
// it can, which the lockfile's integrity hashes do not cover. node-gyp leaves config.gypi in
// build/; a download does not. Refuse to run on a binary that was not compiled here.
if (!existsSync(join(moduleDir, 'build', 'config.gypi'))) {
  fail(`${MODULE} was installed as a downloaded prebuilt binary, not compiled from the source the lockfile pins. Reinstall with: npm_config_build_from_source=true npm ci`);
}

const target = targetOf(runtime);
const current = stash();
const describe = (abi) => (abi === null ? 'missing or unreadable' : `ABI ${abi}`);

if (current === target.abi || current === 'napi') {
  // Silent when there is nothing to do: it runs before every CLI command and test run.
  if (process.argv.includes('--verbose')) process.stderr.write(`ensure-native: ${MODULE} already built for ${target.label} (ABI ${target.abi})\n`);
  process.exit(0);
}
if (checkOnly) fail(`${MODULE} is ${describe(current)}; ${target.label} needs ABI ${target.abi}`);

const cached = cacheFor(target.abi);
if (abiOf(cached) === target.abi) {
  install(cached, binary);
  process.stderr.write(`ensure-native: switched ${MODULE} to ${target.label} (ABI ${target.abi}) from cache\n`);
  process.exit(0);
}

process.stderr.write(`ensure-native: building ${MODULE} for ${target.label} (ABI ${target.abi}); this takes about a minute\n`);
const nodeGyp = process.env.npm_config_node_gyp && existsSync(process.env.npm_config_node_gyp)
  ? process.env.npm_config_node_gyp
  : require.resolve('node-gyp/bin/node-gyp.js');
const args = nodeGypArgs({ runtime, electronVersion: target.version, arch: process.arch });
const scratch = join(root, 'node_modules', '.cache', 'fieldnotes-native', `build-${runtime}-${target.abi}-${process.pid}`);
rmSync(scratch, { recursive: true, force: true });
cpSync(moduleDir, scratch, { recursive: true, filter: (from) => !from.startsWith(join(moduleDir, 'build')) });
const scratchBinary = join(scratch, 'build', 'Release', 'better_sqlite3.node');
const result = spawnSync(process.execPath, [nodeGyp, ...args], { cwd: scratch, env: nodeGypEnv(runtime, process.env), stdio: 'inherit' });
const built = abiOf(scratchBinary);

if (result.status !== 0 || built !== target.abi) {
  const why = result.status !== 0 ? `node-gyp exited with ${result.status ?? result.signal}` : `the build is ${describe(built)}, not ${target.abi}`;
  rmSync(scratch, { recursive: true, force: true });
  fail(
    `could not build ${MODULE} for ${target.label}: ${why}. The existing binary (${describe(current)}) is unchanged.` +
      (runtime === 'electron' ? ' Building for Electron needs its headers from electronjs.org (a networked machine).' : ''),
  );
}
install(scratchBinary, cached);
install(cached, binary);
rmSync(scratch, { recursive: true, force: true });
process.stderr.write(`ensure-native: built and cached ${MODULE} for ${target.label} (ABI ${target.abi})\n`);
