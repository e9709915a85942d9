#!/usr/bin/env node
// The installed `fieldnotes` command: runs the CLI compiled to out/cli/ (scripts/build-cli.mjs,
// run by `npm ci` through the prepare script and before every test run). Nothing is compiled
// at start-up, so the command starts about as fast as Node itself.
let cli;
try {
  cli = new URL('../out/cli/index.mjs', import.meta.url);
  await import('node:fs').then(({ accessSync }) => accessSync(cli));
} catch {
  // Keep the CLI's promise of one line and no stack even when the build is missing.
  process.stderr.write("fieldnotes: the CLI is not built: run 'npm ci' (or 'node scripts/build-cli.mjs') in the Fieldnotes folder.\n");
  process.exit(1);
}
await import(cli.href);
