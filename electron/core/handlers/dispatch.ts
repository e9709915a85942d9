import { randomUUID } from 'node:crypto';
import { AppError, type IpcResult } from '../../../shared/errors';
import { isChannel, type Channel } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { asStorageError } from '../fs/atomic-file';
import type { HandlerContext } from './context';
import { handlers, type Handler } from './handlers';

export interface IncidentLog {
  /** Receives the full error of an unexpected failure; only the incident id reaches the caller. */
  incident(id: string, channel: string, error: unknown): void;
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * The one path from an untrusted (channel, payload) pair to a handler and back, shared by
 * Electron's ipcMain wrapper, the e2e bridge and the CLI: validate input → run → validate
 * output (the allow-list of what may cross) → IpcResult. Never throws; never returns a stack.
 */
export async function dispatch(ctx: HandlerContext, channel: unknown, payload: unknown, log: IncidentLog): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'Unknown channel.' } };
  }
  const route = contract[channel];
  const input = route.input.safeParse(payload ?? {});
  if (!input.success) {
    return { ok: false, error: { code: 'INVALID_INPUT', message: `Invalid request: ${describeIssues(input.error)}` } };
  }
  try {
    // The contract pairs each channel's schema with its handler; TypeScript cannot follow the
    // correlation through a dynamic key, so the pairing is asserted here, once.
    const handler = handlers[channel] as Handler<Channel>;
    const output: unknown = await handler(ctx, input.data);
    return { ok: true, value: route.output.parse(output) };
  } catch (caught) {
    const error = asStorageError(caught, 'your change');
    if (error instanceof AppError) return { ok: false, error: error.toData() };
    const incidentId = randomUUID().slice(0, 8);
    log.incident(incidentId, channel, error);
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `Something went wrong (incident ${incidentId}). Your saved notes are safe; try again.`, incidentId },
    };
  }
}
