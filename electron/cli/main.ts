import { randomUUID } from 'node:crypto';
import { CliError, EXIT } from './errors';
import { commandHelp, globalHelp, groupHelp } from './help';
import { parseCommandLine } from './parse';
import { COMMANDS } from './specs/index';
import { cliVersion } from './version';

/**
 * Every failure ends as one line on stderr. Our own errors (and the core's, already mapped)
 * carry their message; anything unexpected shows only an incident id, because a stack or a
 * driver message can quote note text. FIELDNOTES_DEBUG=1 prints the whole thing.
 */
export function reportFailure(error: unknown, env: NodeJS.ProcessEnv): number {
  if (error instanceof CliError) {
    process.stderr.write(`${error.message.split('\n').map((line) => `fieldnotes: ${line}`).join('\n')}\n`);
    return error.exitCode;
  }
  const incident = randomUUID().slice(0, 8);
  process.stderr.write(`fieldnotes: something went wrong (incident ${incident}). Your saved notes are safe; set FIELDNOTES_DEBUG=1 for details.\n`);
  if (env.FIELDNOTES_DEBUG === '1') {
    process.stderr.write(`fieldnotes: [debug] incident ${incident}:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return EXIT.failure;
}

/** Runs one command line and returns the exit code; never throws. */
export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  try {
    const parsed = parseCommandLine(argv, COMMANDS);
    if (parsed.kind === 'version') {
      process.stdout.write(`fieldnotes ${cliVersion()}\n`);
      return EXIT.ok;
    }
    if (parsed.kind === 'help') {
      const { topic } = parsed;
      const text = topic === null ? globalHelp(COMMANDS) : typeof topic === 'string' ? groupHelp(topic, COMMANDS) : commandHelp(topic);
      process.stdout.write(`${text}\n`);
      return EXIT.ok;
    }
    await parsed.command.run({ values: parsed.values, args: parsed.args, env });
    return EXIT.ok;
  } catch (error) {
    return reportFailure(error, env);
  }
}
