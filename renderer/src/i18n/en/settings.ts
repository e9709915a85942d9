import type { Message } from '../types';

/** Settings: language and digits, theme, auto-lock, screen and links, passphrase change, quick purge. */
export const settings = {
  'settings.heading': 'Settings',
  'settings.language.hint': 'The language and direction of the notebook’s screens. Notes can be written in any language.',
  'settings.digits.label': 'Digits',
  'settings.digits.hint': 'For every number and date on screen, in either language. Fields accept both kinds of digit whatever you choose.',
  'settings.digits.latn': 'Latin',
  'settings.digits.arab': 'Arabic-Indic',
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
} as const satisfies Record<string, Message>;
