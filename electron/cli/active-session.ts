/**
 * The session a signal handler must lock before the process dies. Kept apart from session.ts
 * so the entry module can install its handlers without loading the contract (zod) and with
 * it a tenth of a second of start-up that `--help` does not need.
 */
export interface Lockable {
  close(): void;
}

let active: Lockable | null = null;

export function setActiveSession(session: Lockable): void {
  active = session;
}

/** Forgets `session` once its command has locked it itself. */
export function releaseActiveSession(session: Lockable): void {
  if (active === session) active = null;
}

export function lockActiveSession(): void {
  const session = active;
  active = null;
  session?.close();
}
