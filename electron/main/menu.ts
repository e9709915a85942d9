import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/preferences';
import { mainText } from './main-text';
import { QUICK_LOCK_ACCELERATOR } from './security/lock-policy';

/**
 * A minimal menu: Lock now, quit, the standard edit roles. No reload and no DevTools entries
 * in packaged builds (a reload would bypass nothing, but DevTools would expose the page).
 * Our labels follow the officer's language (main-text.ts); the standard roles (Edit, Window,
 * Quit) are labelled by Electron and the OS.
 */
export function installMenu(options: { quickLock: () => void; acceleratorIsGlobal: boolean; devTools: boolean; language: Language }): void {
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
    { role: 'editMenu' },
    ...(options.devTools ? [{ label: 'Developer', submenu: [{ role: 'toggleDevTools' as const }] }] : []),
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
