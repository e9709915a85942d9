import type { Message } from './types';

/**
 * The source of truth for every user-visible string. ar.ts must have exactly these keys
 * (enforced by the Catalog type). Placeholders are `{name}`; plural messages pick a form
 * with Intl.PluralRules and receive the formatted number as `{count}`.
 */
export const en = {
  'app.name': 'Fieldnotes',
  'app.loading': 'Opening Fieldnotes…',
  'app.nav': 'Notebook',
  'app.skipToContent': 'Skip to content',

  'lang.label': 'Language',
  'lang.en': 'English',
  'lang.ar': 'العربية',

  'nav.notes': 'Notes',
  'nav.newNote': 'New note',
  'nav.search': 'Search',
  'nav.lock': 'Lock',
  'nav.settings': 'Settings',
  'nav.lockHint': 'Lock now (Ctrl+L). Everything shown is cleared from the screen.',

  'passphrase.show': 'Show passphrase',

  'create.heading': 'Create your notebook',
  'create.intro':
    'Your notes are encrypted on this laptop with a passphrase only you know. Nobody can recover them if the passphrase is lost: not IT, not headquarters, not us.',
  'create.passphrase': 'New passphrase',
  'create.passphraseHint': {
    one: 'At least {count} character. Several unrelated words are easy to remember and hard to guess.',
    other: 'At least {count} characters. Several unrelated words are easy to remember and hard to guess.',
  },
  'create.confirm': 'Type the passphrase again',
  'create.mismatch': 'The two passphrases are not the same.',
  'create.tooShort': {
    one: 'The passphrase needs at least {count} character.',
    other: 'The passphrase needs at least {count} characters.',
  },
  'create.submit': 'Create encrypted notebook',
  'create.working': 'Creating…',

  'strength.label': 'Strength',
  'strength.level0': 'Too short',
  'strength.level1': 'Very easy to guess',
  'strength.level2': 'Not strong enough yet',
  'strength.level3': 'Good',
  'strength.level4': 'Strong',
  'strength.tooShort': 'Make it longer.',
  'strength.addWords': 'Add two or three more words that have nothing to do with each other, or use a suggested passphrase.',
  'strength.avoidRepeats': 'Avoid repeating a character or a word.',
  'strength.avoidSequences': 'Avoid runs such as abc, 123, days of the week or a row of keys (qwerty, ضصثق).',
  'strength.avoidCommon': 'Avoid common passwords, sayings, prayers and greetings: they are tried first.',
  'strength.avoidAppWords': 'Leave out the name of this app and words about your work.',
  'strength.avoidDates': 'Avoid years and dates.',
  'strength.refused':
    'This passphrase is too easy to guess for someone who takes the laptop. Add unrelated words until the meter shows “Good”, or choose “Suggest a passphrase”.',
  'strength.loading': 'Checking the passphrase… try again in a moment.',

  'suggest.button': 'Suggest a passphrase',
  'suggest.again': 'Suggest another',
  'suggest.heading': 'Suggested passphrase',
  'suggest.explain':
    'Both fields now hold these words, drawn at random on this laptop ({bits} bits: far beyond guessing). Learn them by heart, in this order, before you go on. If you must write them down, keep the paper on you, never with the laptop.',
  'suggest.keyboard': 'They are English words: type them with an English keyboard layout when you unlock.',

  'unlock.heading': 'Unlock your notebook',
  'unlock.intro': 'The notebook is locked. Nothing of it is on screen until you unlock it.',
  'unlock.purgeFailed':
    'The quick purge did not finish: this notebook is still on this laptop, protected by its passphrase. If the laptop is about to be seized, remove or destroy its disk.',
  'unlock.passphrase': 'Passphrase',
  'unlock.submit': 'Unlock',
  'unlock.working': 'Unlocking…',
  'unlock.retryIn': {
    one: 'You can try again in {count} second.',
    other: 'You can try again in {count} seconds.',
  },

  'list.heading': 'Meeting notes',
  'list.count': { one: '{count} note', other: '{count} notes' },
  'list.empty': 'No meeting notes yet. Start with “New note”.',
  'list.metAt': 'Met {date}',
  'list.noDate': 'No meeting date',
  'list.updatedAt': 'Updated {date}',

  'editor.newHeading': 'New meeting note',
  'editor.editHeading': 'Meeting note',
  'editor.title': 'Title',
  'editor.body': 'Notes',
  'editor.occurredAt': 'Date and time of the meeting',
  'editor.location': 'Location',
  'editor.counterpartType': 'Counterpart',
  'editor.counterpartNone': 'Not specified',
  'editor.participants': 'Participants',
  'editor.participantsHint': 'Names or pseudonyms, one per line. Use a pseudonym wherever a name could put someone at risk.',
  'editor.save': 'Save',
  'editor.saving': 'Saving…',
  'editor.saved': 'Saved at {time}.',
  'editor.back': 'Back to notes',
  'editor.titleRequired': 'Give the note a title.',
  'editor.saveAsNew': 'Save my text as a new note',
  'editor.unsavedLeave': 'You have unsaved changes. Leave without saving?',
  'editor.discard': 'Leave without saving',
  'editor.keepEditing': 'Keep editing',

  'editor.draft.restored': 'Restored the unsaved text you were writing when the notebook locked.',
  'editor.draft.stale':
    'This note was changed elsewhere after you started this text. Your text is shown as you left it; saving will not overwrite the newer version.',
  'editor.draft.discard': 'Discard draft',
  'editor.draft.kept': 'Draft kept in the vault.',
  'editor.draft.failed': 'Could not keep a draft. Save the note to keep your text.',

  'editor.copy': 'Copy',
  'editor.copyParticipants': 'Copy participants',
  'editor.copied': {
    one: 'Copied. The clipboard will be cleared in {count} second.',
    other: 'Copied. The clipboard will be cleared in {count} seconds.',
  },
  'editor.links.heading': 'Links in this note',
  'editor.links.off': 'Opening links is off in Settings. The addresses are shown as text only.',
  'editor.links.host': 'Site: {host}',
  'editor.links.open': 'Open…',
  'editor.links.openNamed': 'Open {url}',
  'editor.links.confirmTitle': 'Open this address in the system browser?',
  'editor.links.warning':
    'The system browser may use the network, and the site can learn that this address was opened. Continue only if that is safe where you are.',
  'editor.links.confirm': 'Open in the system browser',
  'editor.links.opened': 'Handed to the system browser.',

  'common.cancel': 'Cancel',
  'common.saved': 'Saved.',

  'settings.heading': 'Settings',
  'settings.language.hint': 'The language and direction of the notebook’s screens. Notes can be written in any language.',
  'settings.theme.heading': 'Appearance',
  'settings.theme.hint': 'Dark is calmer in a dim room such as a courtroom. “Same as this laptop” follows the system setting.',
  'settings.theme.system': 'Same as this laptop',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.autolock.heading': 'Auto-lock',
  'settings.autolock.label': 'Lock after this many minutes without input',
  'settings.autolock.hint': 'From {min} to {max} minutes. The notebook also locks at once when the laptop sleeps or the screen locks.',
  'settings.autolock.save': 'Save',
  'settings.autolock.invalid': 'Enter a whole number of minutes from {min} to {max}.',
  'settings.autolock.saved': {
    one: 'Saved. The notebook locks after {count} minute without input.',
    other: 'Saved. The notebook locks after {count} minutes without input.',
  },
  'settings.privacy.heading': 'Screen and links',
  'settings.capture.label': 'Keep this window out of screenshots and screen sharing',
  'settings.capture.note':
    'Honest limits: this is only truly effective on Windows. macOS 15 and later ignores it for modern screen-capture tools, and Linux has no such protection at all. Either way, the window title never shows note content.',
  'settings.links.label': 'Allow opening links from notes in the system browser',
  'settings.links.hint':
    'Off by default. When on, each link asks first and names its full address; the system browser may then use the network.',
  'settings.passphrase.heading': 'Change passphrase',
  'settings.passphrase.intro':
    'The new passphrase replaces the old one on this laptop, and the old one stops opening this notebook at once. A copy of the notebook made before the change (a backup, a synced folder) still opens with the old passphrase.',
  'settings.passphrase.rekey': 'Someone may know the old passphrase: also re-encrypt every note under a new key',
  'settings.passphrase.rekeyHint':
    'Takes longer (about a minute for a large notebook). Afterwards the old passphrase opens nothing on this laptop, even with an old copy of the key, and nothing written from now on anywhere. Keep the laptop plugged in; if it is interrupted, the notebook still opens with the old or the new passphrase.',
  'settings.passphrase.rekeying': 'Re-encrypting the notebook… Keep Fieldnotes open.',
  'settings.passphrase.doneRekeyed': 'Passphrase changed and every note re-encrypted under a new key. Use the new passphrase from now on.',
  'settings.passphrase.current': 'Current passphrase',
  'settings.passphrase.next': 'New passphrase',
  'settings.passphrase.confirm': 'Type the new passphrase again',
  'settings.passphrase.currentRequired': 'Enter your current passphrase.',
  'settings.passphrase.submit': 'Change passphrase',
  'settings.passphrase.working': 'Changing…',
  'settings.passphrase.done': 'Passphrase changed. Use the new one from now on.',
  'settings.danger.heading': 'Danger zone',
  'settings.purge.heading': 'Quick purge',
  'settings.purge.intro':
    'For the moment this laptop is about to be taken: destroys this notebook on this laptop at once. Bundles already sent to headquarters are not touched.',
  'settings.purge.start': 'Destroy this notebook…',
  'settings.purge.dialogTitle': 'Destroy this notebook on this laptop?',
  'settings.purge.explain':
    "This overwrites the key that unlocks this notebook, then deletes every file of the notebook, its settings and Fieldnotes' working files on this laptop. Without the key, what is left on the disk cannot be read, passphrase or not. Nothing can bring it back: not you, not IT, not headquarters.",
  'settings.purge.ssd':
    'What it cannot reach: on SSDs, and on file systems that never write in place (APFS on Macs, btrfs), the drive may keep older copies of the locked key for a while, which someone who takes the disk and knows a passphrase could use. Copies made elsewhere (backups, synced folders, disk snapshots) are not touched. Full-disk encryption protects all of this only while the laptop is switched off.',
  'settings.purge.understand': 'I understand that this cannot be undone',
  'settings.purge.confirm': 'Destroy the notebook now',
  'settings.purge.working': 'Destroying…',

  'counterpart.local-cso': 'Local civil-society organisation',
  'counterpart.hrd': 'Human-rights defender',
  'counterpart.coalition': 'Coalition or network',
  'counterpart.international-ngo': 'International NGO',
  'counterpart.host-government': 'Host-government official',
  'counterpart.business': 'Business',
  'counterpart.like-minded-mission': 'Like-minded mission',
  'counterpart.un-multilateral': 'UN or multilateral body',
  'counterpart.other': 'Other',

  'search.heading': 'Search',
  'search.label': 'Search your notes',
  'search.submit': 'Search',
  'search.results': { one: '{count} matching note', other: '{count} matching notes' },
  'search.resultsAtLeast': { one: 'At least {count} matching note', other: 'At least {count} matching notes' },
  'search.rankedWindow': {
    one: 'Ranked among the {count} most recent match only.',
    other: 'Ranked among the {count} most recent matches only.',
  },
  'search.none': 'No notes match this search.',

  'error.INVALID_INPUT': 'Something in the form is not valid. Check the fields and try again.',
  'error.VAULT_EXISTS': 'A notebook already exists on this laptop.',
  'error.VAULT_NOT_FOUND': 'No notebook was found on this laptop.',
  'error.VAULT_LOCKED': 'The notebook is locked. Unlock it to continue.',
  'error.WRONG_PASSPHRASE': 'That passphrase is not right. Nothing was opened.',
  'error.THROTTLED': 'Too many wrong passphrases. Wait a moment before trying again.',
  'error.NOT_ENCRYPTED': 'This notebook file is not encrypted and was not opened.',
  'error.VAULT_CORRUPT': 'The notebook file is damaged and could not be opened.',
  'error.VAULT_TOO_NEW': 'This notebook was made by a newer version of Fieldnotes. Update the app to open it.',
  'error.NOT_FOUND': 'That note no longer exists.',
  'error.CONFLICT':
    'This note was changed elsewhere after you opened it. Nothing was overwritten, and everything you typed is still here.',
  'error.STORAGE_FULL': 'The disk is full. Your change was not saved; free some space and try again.',
  'error.FORBIDDEN_SENDER': 'This request was refused for security reasons.',
  'error.UNAVAILABLE': 'This is only available in the desktop app.',
  'error.NOT_ALLOWED': 'This is turned off in Settings.',
  'error.PURGE_FAILED': 'The notebook could not be fully destroyed. It may still be on this laptop.',
  'error.INTERNAL': 'Something went wrong. Your saved notes are safe; try again. Incident {incidentId}.',
  'error.INTERNAL_NO_ID': 'Something went wrong. Your saved notes are safe; try again.',
} as const satisfies Record<string, Message>;
