import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * `fieldnotes --help` must start about as fast as Node: the modules it loads before any
 * command runs (the entry and everything it imports statically) may hold neither the IPC
 * contract, zod nor zxcvbn's dictionaries. Read from esbuild's metafile of the real build
 * (scripts/build-cli.mjs, run before every test run).
 */
interface Metafile {
  outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

const META = resolve(__dirname, '../../../out/cli-metafile.json');

function staticallyLoaded(meta: Metafile): string[] {
  const entry = Object.keys(meta.outputs).find((path) => meta.outputs[path]?.entryPoint === 'electron/cli/index.ts');
  if (entry === undefined) throw new Error('no entry output in the metafile');
  const seen = new Set<string>();
  const queue = [entry];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const imported of meta.outputs[path]?.imports ?? []) {
      if (imported.kind === 'import-statement' && !imported.external) queue.push(imported.path);
    }
  }
  return [...seen].flatMap((path) => Object.keys(meta.outputs[path]?.inputs ?? {}));
}

describe.skipIf(!existsSync(META))('the CLI at start-up', () => {
  const loaded = staticallyLoaded(JSON.parse(readFileSync(META, 'utf8')) as Metafile);

  it('loads the parser, the help text and the command specs', () => {
    expect(loaded).toEqual(expect.arrayContaining(['electron/cli/parse.ts', 'electron/cli/help.ts', join('electron/cli/specs/index.ts')]));
  });

  it('loads neither the contract, zod, zxcvbn nor the core: each command imports those when it runs', () => {
    // The *-vocabulary.ts domain modules import nothing (they exist for this).
    const heavy = loaded
      .filter((input) => !/^shared\/domain\/[a-z-]+-vocabulary\.ts$/.test(input))
      .filter((input) => /node_modules\/(zod|@zxcvbn-ts)\/|shared\/ipc\/contract|shared\/domain\/|electron\/core\//.test(input));
    expect(heavy).toEqual([]);
  });
});
