import { dispatch } from '../../../electron/core/handlers/dispatch';
import type { HandlerContext } from '../../../electron/core/handlers/context';
import type { ChannelInput } from '../../../shared/ipc/contract';
import type { Channel } from '../../../shared/ipc/channels';

const failOnIncident = {
  incident: (id: string, channel: string, error: unknown) => {
    throw new Error(`incident ${id} on ${channel}: ${String(error)}`);
  },
};

/** Calls the core exactly as the page would (through dispatch), from the test process. */
export async function core<C extends Channel>(ctx: HandlerContext, channel: C, input: ChannelInput<C>): Promise<unknown> {
  const result = await dispatch(ctx, channel, input, failOnIncident);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value;
}

export function meetingInput(title: string, body: string) {
  return { kind: 'meeting' as const, title, body, occurredAt: null, location: '', counterpartType: null, participants: '' };
}
