import { Menu, type MenuItemConstructorOptions } from 'electron';
import { QUICK_LOCK_ACCELERATOR } from './security/lock-policy';

/**
 * A minimal menu: Lock now, quit, the standard edit roles. No reload and no DevTools entries
 * in packaged builds (a reload would bypass nothing, but DevTools would expose the page).
 * Labels are English: the native menu is outside the renderer's i18n (a known gap, see report).
 */
export function installMenu(options: { quickLock: () => void; acceleratorIsGlobal: boolean; devTools: boolean }): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        {
          label: 'Lock now',
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
