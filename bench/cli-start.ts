import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { median, round } from './measure';

const SAMPLES = 15;

/** Wall time of one process from spawn to exit, in ms; output discarded. */
function wallMs(args: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(' ')} exited ${String(run.status)}`);
  return ms;
}

/**
 * The installed bin against `node -e 0`, alternately in the same run, so a burst of load from
 * elsewhere on the machine hits both alike. The ratio of medians is the figure; the ratio of
 * minimums (the least disturbed start of each) is reported beside it.
 */
export function measureCliStart(repoRoot: string, samples = SAMPLES): Record<string, number | number[]> {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('FIELDNOTES_')));
  const bin = join(repoRoot, 'bin', 'fieldnotes.mjs');
  const nodeMs: number[] = [];
  const helpMs: number[] = [];
  wallMs([bin, '--help'], env); // once unmeasured: the page cache, not the CLI, would pay the first read
  for (let i = 0; i < samples; i += 1) {
    nodeMs.push(wallMs(['-e', '0'], env));
    helpMs.push(wallMs([bin, '--help'], env));
  }
  return {
    cli_help_ratio_node: round(median(helpMs) / median(nodeMs), 2),
    cli_help_ratio_node_min: round(Math.min(...helpMs) / Math.min(...nodeMs), 2),
    cli_help_ms: round(median(helpMs)),
    cli_help_min_ms: round(Math.min(...helpMs)),
    node_start_ms: round(median(nodeMs)),
    node_start_min_ms: round(Math.min(...nodeMs)),
    cli_help_samples: samples,
  };
}
