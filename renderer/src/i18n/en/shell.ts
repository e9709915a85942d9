import type { Message } from '../types';

/** The shell: the shortcuts and their help sheet. */
export const shell = {
  'shortcuts.button': 'Shortcuts',
  'shortcuts.heading': 'Keyboard shortcuts',
  'shortcuts.action': 'Action',
  'shortcuts.keys': 'Keys',
  'shortcuts.newNote': 'New note, with the cursor in its title',
  'shortcuts.search': 'Go to search (/ when not typing in a field)',
  'shortcuts.save': 'Save the open note',
  'shortcuts.leave': 'Leave the open note',
  'shortcuts.help': 'Show this list (? when not typing in a field)',
  'shortcuts.lock': 'Lock now, while Fieldnotes is in front',
  'shortcuts.globalLock': 'Lock now, from any application',
} as const satisfies Record<string, Message>;
