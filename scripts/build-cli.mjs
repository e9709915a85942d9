#!/usr/bin/env node
// Compiles the `fieldnotes` command to out/cli/ (ES modules, dependencies left in node_modules).
// The installed bin runs this output, never TypeScript: tsx compiled every file at every start
// (0.7 s for --help) and had to ship as a runtime dependency with esbuild inside it. Code
// splitting keeps the lazy imports lazy, so --help and usage errors load no native module.
import { build } from 'esbuild';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'out', 'cli');
// Built beside the target and swapped in, so a CLI run or test started meanwhile never finds
// half a build (npm install runs this through prepare).
const outdir = `${target}.building-${process.pid}`;
rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { index: 'electron/cli/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Native modules (and exifr, whose lazy loading of fs and zlib a bundle breaks) load from
  // node_modules; the rest is bundled, which spares Node resolving and reading hundreds of
  // small files at every start.
  external: ['better-sqlite3-multiple-ciphers', '@node-rs/argon2', '@fieldnotes/hardening', 'sodium-native', 'exifr'],
  minifySyntax: true,
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Which source files each output holds and how it imports the others: tests/unit/cli/start-imports.test.ts
  // walks it to prove that --help loads neither the contract, zod nor zxcvbn.
  metafile: true,
});
writeFileSync(join(root, 'out', 'cli-metafile.json'), JSON.stringify(metafile));
const previous = `${target}.previous-${process.pid}`;
if (existsSync(target)) renameSync(target, previous);
renameSync(outdir, target);
rmSync(previous, { recursive: true, force: true });
