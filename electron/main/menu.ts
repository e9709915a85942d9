import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/preferences';
import { mainText } from './main-text';
import type { PageEditCommand } from './security/edit-shortcuts';
import { QUICK_LOCK_ACCELERATOR } from './security/lock-policy';

export interface MenuOptions {
  quickLock: () => void;
  /** Copy or Cut made by the main process through the clipboard guard (page-clipboard.ts). */
  pageEdit: (command: PageEditCommand) => void;
  acceleratorIsGlobal: boolean;
  devTools: boolean;
  language: Language;
}

/**
 * The Edit menu spelled out rather than `role: 'editMenu'`: the roles Copy and Cut make
 * Chromium write the clipboard itself, unmarked and never cleared. Ours call the guard. Their
 * shortcuts are taken in `before-input-event` (page-clipboard.ts), which also keeps these
 * accelerators from firing a second time.
 */
function editMenu(options: MenuOptions): MenuItemConstructorOptions {
  const text = (key: Parameters<typeof mainText>[1]): string => mainText(options.language, key);
  return {
    label: text('menu.edit'),
    submenu: [
      { role: 'undo', label: text('menu.undo') },
      { role: 'redo', label: text('menu.redo') },
      { type: 'separator' },
      { id: 'edit-cut', label: text('menu.cut'), accelerator: 'CmdOrCtrl+X', click: () => options.pageEdit('cut') },
      { id: 'edit-copy', label: text('menu.copy'), accelerator: 'CmdOrCtrl+C', click: () => options.pageEdit('copy') },
      { role: 'paste', label: text('menu.paste') },
      { role: 'delete', label: text('menu.delete') },
      { type: 'separator' },
      { role: 'selectAll', label: text('menu.selectAll') },
    ],
  };
}

/**
 * A minimal menu: Lock now, quit, Edit (Copy and Cut through the clipboard guard). No reload and no DevTools entries
 * in packaged builds (a reload would bypass nothing, but DevTools would expose the page).
 * Our labels, the Edit menu's included, follow the officer's language (main-text.ts); the
 * other standard roles (Window, Quit) are labelled by Electron and the OS.
 */
export function installMenu(options: MenuOptions): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: mainText(options.language, 'menu.file'),
      submenu: [
        {
          label: mainText(options.language, 'menu.lockNow'),
          accelerator: QUICK_LOCK_ACCELERATOR,
          // When the global shortcut is ours the menu must not register the same keys twice.
          registerAccelerator: !options.acceleratorIsGlobal,
          click: () => options.quickLock(),
        },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    editMenu(options),
    ...(options.devTools ? [{ label: 'Developer', submenu: [{ role: 'toggleDevTools' as const }] }] : []),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
