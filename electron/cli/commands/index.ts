import type { CommandSpec } from '../command';
import { entryAdd, entryList, entryShow } from './entry';
import { search } from './search';
import { vaultCheck, vaultCreate } from './vault';
import { vaultPassphrase } from './vault-passphrase';
import { vaultPurge } from './vault-purge';

/** Every command, in the order help lists them. */
export const COMMANDS: CommandSpec[] = [vaultCreate, vaultCheck, vaultPassphrase, vaultPurge, entryAdd, entryList, entryShow, search];
