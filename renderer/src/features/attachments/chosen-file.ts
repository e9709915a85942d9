import type { ChannelOutput } from '../../../../shared/ipc/contract';

/** A file the officer picked or dropped, as main describes it: a token, never a path. */
export type ChosenFile = ChannelOutput<'attachment:drop'>;

/** Stripping is offered where it can be done, and proposed (ticked) where the file says where it was made. */
export function stripProposed(file: ChosenFile): boolean {
  return file.strippable && file.metadata.location;
}

export function carriesAnything(file: ChosenFile): boolean {
  const { location, device, takenAt } = file.metadata;
  return location || device || takenAt;
}
