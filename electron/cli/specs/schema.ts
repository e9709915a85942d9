import type { CommandSpec } from '../command';
import { ENTRY_KIND_NAMES } from './facts';

export const schema: CommandSpec = {
  name: 'schema',
  summary: "print the JSON Schema of a kind's entry, as 'entry add --json' takes it",
  synopsis: 'KIND',
  options: {},
  positionals: { min: 1, max: 1, name: 'KIND' },
  notes: [`Kinds: ${ENTRY_KIND_NAMES.join(', ')}. docs/records.md describes every field for a reader at headquarters.`],
  run: (invocation) => import('../commands/schema').then((command) => command.runSchema(invocation)),
};
