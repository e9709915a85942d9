#!/usr/bin/env node
// Electronegativity over the Electron sources (electron/: main, preload, core, cli), offline.
// Fails on any finding not in scripts/electronegativity-allow.json, and on any allow-list entry
// that no longer matches a finding (a stale exception is a review that never happened).
//
// Offline: Electronegativity fetches translations (i18n) and Electron's releases list (the
// AvailableSecurityFixes check) with `got`. Both would be network attempts in `npm test`, which
// must make none. A module hook hands it a `got` that fails at once without opening a socket;
// it then uses its bundled English strings, and the releases check is excluded (it can only
// work online; docs/release.md has the Electron version check for the release machine).
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const ONLINE_ONLY_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const offlineGot = () => Promise.reject(new Error('network disabled: Fieldnotes runs Electronegativity offline'));
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'got' && parent?.filename?.includes(`${join('@doyensec', 'electronegativity')}`)) return offlineGot;
  return originalLoad.call(this, request, parent, isMain);
};

const run = require('@doyensec/electronegativity');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const allow = JSON.parse(readFileSync(join(root, 'scripts', 'electronegativity-allow.json'), 'utf8')).allow;

const findings = [];
let errors = [];
// One run over all of electron/: the global checks (navigation limits, permission handler)
// look across files, so main and preload must be scanned together.
{
  const input = join(root, 'electron');
  const result = await run({
    input,
    electronVersionOverride: electronVersion,
    excludeFromScan: ONLINE_ONLY_CHECKS,
    parserPlugins: [],
    isRelative: false,
  });
  errors = errors.concat(result.errors.filter((e) => !e.tolerable));
  for (const issue of result.issues) {
    findings.push({ id: issue.id, file: relative(root, issue.file), line: issue.location.line, manualReview: issue.manualReview, description: issue.description });
  }
}

const matches = (entry, finding) => entry.id === finding.id && entry.file === finding.file;
const unexplained = findings.filter((f) => !allow.some((entry) => matches(entry, f)));
const stale = allow.filter((entry) => !findings.some((f) => matches(entry, f)));

for (const f of findings) {
  const entry = allow.find((e) => matches(e, f));
  process.stdout.write(`${entry ? 'allowed ' : 'FINDING '} ${f.id} ${f.file}:${f.line}${entry ? ` — ${entry.reason}` : `\n          ${f.description}`}\n`);
}
for (const e of errors) process.stderr.write(`parse error: ${e.file}: ${e.message}\n`);
for (const s of stale) process.stderr.write(`stale allow-list entry (no such finding any more): ${s.id} ${s.file}\n`);
if (unexplained.length > 0 || stale.length > 0 || errors.length > 0) {
  process.stderr.write(`electronegativity: ${unexplained.length} unexplained finding(s), ${stale.length} stale entr(y/ies), ${errors.length} parse error(s)\n`);
  process.exit(1);
}
process.stdout.write(`electronegativity: ${findings.length} finding(s), all reviewed in scripts/electronegativity-allow.json\n`);
