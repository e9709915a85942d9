#!/usr/bin/env node
// Validates electron-builder.yml against electron-builder's own schema, offline, and checks the
// settings Fieldnotes depends on. Installers cannot be built on a machine without network; this
// at least catches a typo or a weakened setting in CI.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const yaml = require('js-yaml');
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
const { DebugLogger } = require('builder-util');

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
await validateConfiguration(config, new DebugLogger(false));

const problems = [];
const expect = (ok, message) => ok || problems.push(message);
expect(config.asar === true, 'asar must be on');
expect(config.disableAsarIntegrity !== true, 'asar integrity must not be disabled');
// Every native module the main process loads must sit outside the archive to be loaded.
const unpacked = config.asarUnpack ?? [];
for (const native of ['node_modules/better-sqlite3-multiple-ciphers/', 'node_modules/sodium-native/prebuilds/']) {
  expect(unpacked.some((pattern) => pattern.startsWith(native)), `asarUnpack must unpack ${native}`);
}
expect(config.npmRebuild === false, 'npmRebuild must be false (it builds the wrong ABI silently here)');
expect(config.nodeGypRebuild === false, 'nodeGypRebuild must be false');
expect(config.publish === null, 'publish must be null (no update provider)');
expect(config.afterPack === './build/after-pack.mjs', 'afterPack must flip the fuses (./build/after-pack.mjs)');
expect(config.electronFuses === undefined, 'fuses are set by build/after-pack.mjs only (strict, verified)');
expect(config.nsis?.perMachine === true, 'NSIS must install per machine (Program Files)');
expect(config.nsis?.deleteAppDataOnUninstall === false, 'the uninstaller must never delete the vault');
const targets = (platform) => (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
expect(targets('linux').includes('AppImage') && targets('linux').includes('deb'), 'linux: AppImage and deb');
expect(targets('win').includes('nsis'), 'win: nsis');
expect(targets('mac').includes('dmg'), 'mac: dmg');
if (problems.length > 0) {
  process.stderr.write(`electron-builder.yml:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.stdout.write('electron-builder.yml: valid, hardened settings present\n');
