import { describe, expect, it } from 'vitest';
import { pageEditCommand, type KeyInput } from '../../../electron/main/security/edit-shortcuts';

const press = (key: string, code: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  code,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...modifiers,
});

describe('pageEditCommand', () => {
  it('takes Ctrl+C and Ctrl+X on Windows and Linux, Cmd+C and Cmd+X on macOS', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(pageEditCommand(press('c', 'KeyC', { control: true }), platform)).toBe('copy');
      expect(pageEditCommand(press('x', 'KeyX', { control: true }), platform)).toBe('cut');
      expect(pageEditCommand(press('c', 'KeyC', { meta: true }), platform)).toBeNull();
    }
    expect(pageEditCommand(press('c', 'KeyC', { meta: true }), 'darwin')).toBe('copy');
    expect(pageEditCommand(press('x', 'KeyX', { meta: true }), 'darwin')).toBe('cut');
    expect(pageEditCommand(press('c', 'KeyC', { control: true }), 'darwin')).toBeNull();
  });

  it('reads the letter as Chromium does: typed on Latin layouts, physical on others', () => {
    // Caps Lock.
    expect(pageEditCommand(press('C', 'KeyC', { control: true }), 'linux')).toBe('copy');
    // Arabic layout: the C key types ؤ, the X key types ء; Ctrl+C still copies.
    expect(pageEditCommand(press('ؤ', 'KeyC', { control: true }), 'linux')).toBe('copy');
    expect(pageEditCommand(press('ء', 'KeyX', { control: true }), 'win32')).toBe('cut');
    // Russian layout.
    expect(pageEditCommand(press('с', 'KeyC', { control: true }), 'win32')).toBe('copy');
    // Dvorak: the key typing `c` sits where QWERTY has I; the one at QWERTY's C types `j`.
    expect(pageEditCommand(press('c', 'KeyI', { control: true }), 'linux')).toBe('copy');
    expect(pageEditCommand(press('j', 'KeyC', { control: true }), 'linux')).toBeNull();
  });

  it('takes Ctrl+Insert (copy) and Shift+Delete (cut) outside macOS', () => {
    expect(pageEditCommand(press('Insert', 'Insert', { control: true }), 'win32')).toBe('copy');
    expect(pageEditCommand(press('Delete', 'Delete', { shift: true }), 'linux')).toBe('cut');
    expect(pageEditCommand(press('Delete', 'Delete', { shift: true }), 'darwin')).toBeNull();
    expect(pageEditCommand(press('Delete', 'Delete'), 'linux')).toBeNull();
    expect(pageEditCommand(press('Insert', 'Insert', { shift: true }), 'linux')).toBeNull(); // paste
  });

  it('leaves other combinations, key releases and AltGr alone', () => {
    expect(pageEditCommand(press('c', 'KeyC'), 'linux')).toBeNull();
    expect(pageEditCommand(press('C', 'KeyC', { control: true, shift: true }), 'linux')).toBeNull();
    expect(pageEditCommand(press('c', 'KeyC', { control: true, alt: true }), 'win32')).toBeNull();
    expect(pageEditCommand(press('c', 'KeyC', { control: true, meta: true }), 'linux')).toBeNull();
    expect(pageEditCommand(press('v', 'KeyV', { control: true }), 'linux')).toBeNull();
    expect(pageEditCommand({ ...press('c', 'KeyC', { control: true }), type: 'keyUp' }, 'linux')).toBeNull();
    expect(pageEditCommand({ ...press('c', 'KeyC', { control: true }), type: 'rawKeyDown' }, 'win32')).toBe('copy');
  });
});
