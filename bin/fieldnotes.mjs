#!/usr/bin/env node
// The installed `fieldnotes` command. The CLI is TypeScript run as is, through tsx's ESM
// loader (a build step for one command-line tool would be one more thing to keep in sync).
// tsconfig is pinned to ours: tsx would otherwise read whatever tsconfig.json sits in the
// caller's working directory.
import { fileURLToPath } from 'node:url';

let register;
try {
  ({ register } = await import('tsx/esm/api'));
} catch {
  // Keep the CLI's promise of one line and no stack even when the install is incomplete.
  process.stderr.write("fieldnotes: the 'tsx' package is missing: reinstall Fieldnotes with its dependencies (npm ci).\n");
  process.exit(1);
}
register({ tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) });
await import(new URL('../electron/cli/index.ts', import.meta.url).href);
