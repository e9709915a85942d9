import type { CommandSpec } from '../command';
import { auditList } from './audit';
import { entryAdd, entryEdit, entryList, entryRedact, entryRemove, entryShow } from './entry';
import { search } from './search';
import { vaultCheck, vaultCreate, vaultPassphrase, vaultPurge } from './vault';

/** Every command, in the order help lists them. */
export const COMMANDS: CommandSpec[] = [vaultCreate, vaultCheck, vaultPassphrase, vaultPurge, entryAdd, entryList, entryShow, entryEdit, entryRemove, entryRedact, search, auditList];
