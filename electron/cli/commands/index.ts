import type { CommandSpec } from '../command';
import { entryAdd, entryList, entryShow } from './entry';
import { search } from './search';
import { vaultCheck, vaultCreate } from './vault';

/** Every command, in the order help lists them. */
export const COMMANDS: CommandSpec[] = [vaultCreate, vaultCheck, entryAdd, entryList, entryShow, search];
