import { z } from 'zod';
import { jobProgressSchema } from '../domain/jobs';
import type { AppEvent } from './channels';

const none = z.undefined();

/**
 * The payload schema of every event main pushes to the renderer (channels.ts names them; the
 * preload cannot load zod, so it only passes the payload through). Main validates before it
 * sends (a malformed payload is a bug and throws there), the renderer's listener validates on
 * arrival and drops what does not match: a payload is data from another process, like a reply.
 */
export const events = {
  'vault:locked': none,
  'vault:lock-requested': none,
  'job:progress': jobProgressSchema,
} as const satisfies Record<AppEvent, z.ZodType>;

export type EventPayload<E extends AppEvent> = z.output<(typeof events)[E]>;

/** `{ ok: true, value }` when the payload is what `event` carries (for the vault events: none). */
export function parseEventPayload<E extends AppEvent>(event: E, payload: unknown): { ok: true; value: EventPayload<E> } | { ok: false } {
  const parsed = events[event].safeParse(payload);
  return parsed.success ? { ok: true, value: parsed.data as EventPayload<E> } : { ok: false };
}
