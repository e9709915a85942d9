#!/usr/bin/env node
// The installed `fieldnotes` command. The CLI is TypeScript run as is, through tsx's ESM
// loader (a build step for one command line tool would be one more thing to keep in sync).
// tsconfig is pinned to ours: tsx would otherwise read whatever tsconfig.json sits in the
// caller's working directory.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register({ tsconfig: fileURLToPath(new URL('../tsconfig.base.json', import.meta.url)) });
await import(new URL('../electron/cli/index.ts', import.meta.url).href);
