/**
 * `npm run bench`: unlock, insert and search figures for the code path the app and CLI use
 * (VaultSession → Notebook services over SQLCipher), next to the same services over an
 * unencrypted database holding the same notes, then a 1 GiB attachment written and read
 * (bench/attachments.ts), a 1 GiB bundle exported and opened (bench/bundle-export.ts) and the hearing log's
 * keystroke latency in Chromium (bench/hearing-log.ts). One JSON object on stdout, progress on stderr,
 * and the same JSON (plus per-query detail) in bench-results/bench-<timestamp>.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureAttachments } from './attachments';
import { measureBundleExport } from './bundle-export';
import { measureHearingLogWhereChromium } from './hearing-log';
import { parseOptions, type BenchOptions } from './options';
import { progress } from './progress';
import { REPO_ROOT, runBenchmark } from './run';

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const { result, detail } = await runBenchmark(options);
  // The 1 GiB runs: after the notebook's figures, and never in the small run the tests make.
  if (!options.notebookOnly) Object.assign(result, await measureAttachments(), await measureBundleExport());
  // Last: the renderer in Chromium, typing into a long hearing while it saves (null, with the reason, without Chromium).
  if (!options.notebookOnly) Object.assign(result, await measureHearingLogWhereChromium());
  const outDir = resolve(REPO_ROOT, options.resultsDir);
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify({ ...result, detail }, null, 2)}\n`);
  progress(`written ${file}`);
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
