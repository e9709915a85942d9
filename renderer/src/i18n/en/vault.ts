import type { Message } from '../types';

/** Creating and unlocking a notebook: passphrases, their strength, the suggested words. */
export const vault = {
  'passphrase.show': 'Show passphrase',
  'passphrase.capsLock': 'Caps Lock is on.',
  'passphrase.keyboard.arabic': 'The keyboard is typing Arabic letters. If the passphrase is in Latin letters, switch the keyboard layout.',
  'passphrase.keyboard.latin': 'The keyboard is typing Latin letters. If the passphrase is in Arabic letters, switch the keyboard layout.',
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
} as const satisfies Record<string, Message>;
