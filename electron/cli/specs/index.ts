import type { CommandSpec } from '../command';
import { attachmentAdd, attachmentGet, attachmentList, attachmentRemove } from './attachment';
import { auditList } from './audit';
import { bundleArrivals, bundleImport, bundleOpen, bundleVerify, exportBundle, identityExport, identityShow, recipientAdd, recipientList } from './bundle';
import { entryAdd, entryEdit, entryFinalize, entryHistory, entryImport, entryList, entryRedact, entryRemove, entryShow } from './entry';
import { schema } from './schema';
import { consentWithdraw, personAdd, personList, personShow } from './people';
import { search } from './search';
import { vaultCheck, vaultCreate, vaultPassphrase, vaultPurge } from './vault';

/** Every command, in the order help lists them. */
export const COMMANDS: CommandSpec[] = [vaultCreate, vaultCheck, vaultPassphrase, vaultPurge, entryAdd, entryImport, entryList, entryShow, entryEdit, entryFinalize, entryHistory, entryRemove, entryRedact, search, schema, personAdd, personList, personShow, consentWithdraw, attachmentAdd, attachmentList, attachmentGet, attachmentRemove, auditList, identityShow, identityExport, recipientAdd, recipientList, exportBundle, bundleVerify, bundleOpen, bundleImport, bundleArrivals];
