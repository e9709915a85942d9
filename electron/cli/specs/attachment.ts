import { json, type CommandSpec } from '../command';
import { PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

const run = (name: 'runAttachmentAdd' | 'runAttachmentList' | 'runAttachmentGet' | 'runAttachmentRemove'): CommandSpec['run'] => (invocation) =>
  import('../commands/attachment').then((command) => command[name](invocation));

export const attachmentAdd: CommandSpec = {
  name: 'attachment add',
  summary: "attach a file to an entry (encrypted inside the vault); prints the attachment's id",
  synopsis: 'ENTRY_ID FILE [--strip-location]',
  options: {
    'strip-location': { type: 'boolean', description: 'store a JPEG or PNG without its GPS position, camera identifiers, times and XMP/IPTC' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 2, max: 2, name: 'ENTRY_ID FILE' },
  notes: [
    'The file is read once, encrypted as it is read and never copied in the clear. A folder, a pipe, or a file ' +
      'that changes while it is read is refused and nothing is added.',
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: run('runAttachmentAdd'),
};

export const attachmentList: CommandSpec = {
  name: 'attachment list',
  summary: "list an entry's attachments",
  synopsis: 'ENTRY_ID [--json]',
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ENTRY_ID' },
  notes: [PASSPHRASE_SOURCES_NOTE],
  run: run('runAttachmentList'),
};

export const attachmentGet: CommandSpec = {
  name: 'attachment get',
  summary: 'write a decrypted copy of an attachment to a file (the audit log records it)',
  synopsis: 'ATTACHMENT_ID --out FILE [--force]',
  options: {
    out: { type: 'string', value: 'FILE', description: 'where to write the copy (required)' },
    force: { type: 'boolean', description: 'replace FILE if it exists' },
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 1, max: 1, name: 'ATTACHMENT_ID' },
  notes: ['The copy is written beside FILE under a temporary name and put in place only when complete.', PASSPHRASE_SOURCES_NOTE],
  run: run('runAttachmentGet'),
};

export const attachmentRemove: CommandSpec = {
  name: 'attachment rm',
  summary: 'remove an attachment: its file is destroyed; the entry keeps a record that it had it',
  synopsis: 'ATTACHMENT_ID',
  options: { ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'ATTACHMENT_ID' },
  notes: [PASSPHRASE_SOURCES_NOTE],
  run: run('runAttachmentRemove'),
};
