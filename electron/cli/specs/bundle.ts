import { json, type CommandSpec } from '../command';
import { ENTRY_KINDS } from '../../../shared/domain/entry-vocabulary';
import { PASSPHRASE_OPTIONS, PASSPHRASE_SOURCES_NOTE } from './passphrase-options';

const load = () => import('../commands/bundle');

export const identityShow: CommandSpec = {
  name: 'identity show',
  summary: "print the officer's signing public key (minisign format) and its fingerprint",
  synopsis: '[--json]',
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 0, max: 0 },
  notes: ['Read the fingerprint to headquarters over the phone: they compare it with the key file you send.', PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => load().then((command) => command.runIdentityShow(invocation)),
};

export const identityExport: CommandSpec = {
  name: 'identity export',
  summary: "write the officer's signing public key to a file, as minisign -V -p takes it",
  synopsis: '--out FILE',
  options: { out: { type: 'string', value: 'FILE', description: 'the public key file to write (refused if it exists)' }, ...PASSPHRASE_OPTIONS },
  positionals: { min: 0, max: 0 },
  notes: [PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => load().then((command) => command.runIdentityExport(invocation)),
};

export const recipientAdd: CommandSpec = {
  name: 'recipient add',
  summary: "add a headquarters age recipient (age1…); prints its fingerprint",
  synopsis: 'NAME AGE_RECIPIENT [--verified]',
  options: { verified: { type: 'boolean', description: 'you confirmed its fingerprint with headquarters: exports may use it' }, ...PASSPHRASE_OPTIONS },
  positionals: { min: 2, max: 2, name: 'NAME AGE_RECIPIENT' },
  notes: ['A recipient not marked verified cannot be exported to.', PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => load().then((command) => command.runRecipientAdd(invocation)),
};

export const recipientList: CommandSpec = {
  name: 'recipient list',
  summary: 'list headquarters recipients with their fingerprints',
  synopsis: '[--json]',
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 0, max: 0 },
  notes: [PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => load().then((command) => command.runRecipientList(invocation)),
};

export const exportBundle: CommandSpec = {
  name: 'export',
  summary: 'write a signed bundle encrypted to headquarters (.fieldnotes)',
  synopsis: '--to NAME[,NAME…] --out FILE [--kind K] [--since ISO] [--until ISO] [--revisions] [--keep-metadata ATTACHMENT_ID…]',
  options: {
    to: { type: 'string', value: 'NAMES', description: 'verified recipients, comma-separated' },
    out: { type: 'string', value: 'FILE', description: 'the bundle to write (refused if it exists)' },
    kind: { type: 'string', value: 'K', description: `only entries of this kind: ${ENTRY_KINDS.join(', ')}` },
    since: { type: 'string', value: 'ISO', description: 'only entries from this instant on' },
    until: { type: 'string', value: 'ISO', description: 'only entries before this instant' },
    revisions: { type: 'boolean', description: 'carry every earlier version of each entry too' },
    'keep-metadata': { type: 'string', value: 'ATTACHMENT_ID', multiple: true, description: "send this attachment with its location, camera and time details (give it once per file; 'attachment list' shows ids)" },
    json,
    ...PASSPHRASE_OPTIONS,
  },
  positionals: { min: 0, max: 0 },
  notes: [
    "People are named only where an active consent covers 'named-in-hq-reporting'; everyone else goes by pseudonym and the manifest lists each such redaction.",
    'Photos leave without their location, camera and time details unless --keep-metadata names them; the manifest says which were kept. An id the export does not carry is refused and nothing is written.',
    'The file appears only when complete; a failed export leaves nothing.',
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => load().then((command) => command.runExport(invocation)),
};

const hqOptions = {
  identity: { type: 'string', value: 'FILE', description: 'the age identity file (AGE-SECRET-KEY-1…, as age-keygen writes it)' },
  signer: { type: 'string', value: 'FILE', multiple: true, description: "a trusted officer's minisign public key file (identity export); give it once per officer" },
} as const;

export const bundleVerify: CommandSpec = {
  name: 'bundle verify',
  summary: 'check a bundle: decryption, signature and every hash (no vault needed)',
  synopsis: 'FILE --identity AGE_IDENTITY_FILE --signer MINISIGN_PUBKEY_FILE… [--json]',
  options: { ...hqOptions, json },
  positionals: { min: 1, max: 1, name: 'FILE' },
  notes: ['Exit 0 only when everything checks; otherwise one line says what failed.'],
  run: (invocation) => load().then((command) => command.runBundleVerify(invocation)),
};

export const bundleOpen: CommandSpec = {
  name: 'bundle open',
  summary: 'check a bundle and extract it into a new folder (no vault needed)',
  synopsis: 'FILE --identity AGE_IDENTITY_FILE --signer MINISIGN_PUBKEY_FILE… --out DIR',
  options: { ...hqOptions, out: { type: 'string', value: 'DIR', description: 'a folder that does not exist yet' } },
  positionals: { min: 1, max: 1, name: 'FILE' },
  notes: ['Nothing appears in DIR unless every check passed.'],
  run: (invocation) => load().then((command) => command.runBundleOpen(invocation)),
};

export const bundleImport: CommandSpec = {
  name: 'bundle import',
  summary: "headquarters: verify a bundle, then add its entries to this vault (read-only)",
  synopsis: 'FILE --identity AGE_IDENTITY_FILE --signer MINISIGN_PUBKEY_FILE… [--json]',
  options: { ...hqOptions, json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 1, max: 1, name: 'FILE' },
  notes: [
    'Decryption, the signature (by one of the --signer keys) and every hash are checked before anything is written; any failure imports nothing.',
    "The same bundle twice changes nothing ('already imported'). A sequence number that already arrived under another bundle is imported and reported as REPLAYED.",
    'Exit 0 only when everything checks.',
    PASSPHRASE_SOURCES_NOTE,
  ],
  run: (invocation) => load().then((command) => command.runBundleImport(invocation)),
};

export const bundleArrivals: CommandSpec = {
  name: 'bundle arrivals',
  summary: "headquarters: per officer key, the bundle numbers that arrived, are missing or were replayed",
  synopsis: '[--json]',
  options: { json, ...PASSPHRASE_OPTIONS },
  positionals: { min: 0, max: 0 },
  notes: [PASSPHRASE_SOURCES_NOTE],
  run: (invocation) => load().then((command) => command.runBundleArrivals(invocation)),
};
