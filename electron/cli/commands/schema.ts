import { kindJsonSchema } from '../../../shared/domain/kinds';
import type { Invocation } from '../command';
import { writeJson } from '../output';
import { writableKind } from './entry-kind';

/** The JSON Schema of what `entry add --json` takes for a kind: the same zod schema the vault checks with. */
export function runSchema({ args }: Invocation): Promise<void> {
  writeJson(kindJsonSchema(writableKind(args[0], 'KIND')));
  return Promise.resolve();
}
