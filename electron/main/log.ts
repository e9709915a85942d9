import type { IncidentLog } from '../core/handlers/dispatch';

/**
 * The main-process log: stderr only, never a file (a log file would be one more place a name
 * could land on disk). An incident carries the error's name, message and stack for the
 * developer, never the request payload: payloads hold note text and passphrases.
 */
export const incidentLog: IncidentLog = {
  incident(id, channel, error) {
    const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : typeof error;
    process.stderr.write(`[fieldnotes] incident ${id} on ${channel}: ${detail}\n`);
  },
};

/** A security event worth a line (a refused sender, a blocked request); the URL is ours or an attacker's, never a note. */
export function securityEvent(message: string): void {
  process.stderr.write(`[fieldnotes] security: ${message}\n`);
}
