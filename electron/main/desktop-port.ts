import { dialog, shell, type BrowserWindow } from 'electron';
import { isOpenableUrl } from '../../shared/domain/links';
import type { Language } from '../../shared/domain/preferences';
import { AppError } from '../../shared/errors';
import type { DesktopPort } from '../core/handlers/context';
import type { SensitiveClipboard } from './clipboard-guard';
import { securityEvent } from './log';
import { mainText } from './main-text';

export interface DesktopPortOptions {
  clipboardGuard: Pick<SensitiveClipboard<unknown>, 'copy'>;
  window: () => BrowserWindow | null;
  language: () => Language;
}

/**
 * Asks in a native dialog, which page script cannot draw, dismiss or answer: a compromised
 * renderer can turn the setting on and call link:open, but cannot click this. The address is
 * shown as the URL parser reads it, with the host in punycode, so look-alike letters show.
 */
async function confirmInMain(options: DesktopPortOptions, url: URL): Promise<boolean> {
  const language = options.language();
  const win = options.window();
  const box = {
    type: 'warning' as const,
    title: mainText(language, 'link.title'),
    message: mainText(language, 'link.message'),
    detail: mainText(language, 'link.detail', { url: url.href, host: url.host }),
    buttons: [mainText(language, 'link.cancel'), mainText(language, 'link.open')],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = win ? await dialog.showMessageBox(win, box) : await dialog.showMessageBox(box);
  return response === 1;
}

/**
 * The desktop capabilities handlers may use. The link check repeats the contract's on purpose:
 * shell.openExternal hands the address to whatever program the OS picks, so nothing reaches
 * it that is not a plain http(s) or mailto address the officer confirmed here.
 */
export function createDesktopPort(options: DesktopPortOptions): DesktopPort {
  return {
    copySensitive: (text) => options.clipboardGuard.copy(text),
    openExternal: async (address) => {
      if (!isOpenableUrl(address)) throw new AppError('INVALID_INPUT', 'That address cannot be opened.');
      const url = new URL(address);
      if (!(await confirmInMain(options, url))) return;
      securityEvent('opening a link in the system browser after confirmation');
      await shell.openExternal(url.href, { activate: true });
    },
    // The dialogs are main's own windows: the page gets tokens for what was picked, never paths.
    pickFiles: async (pick = { multiple: true }) => {
      const win = options.window();
      const dialogOptions = { properties: pick.multiple ? ['openFile' as const, 'multiSelections' as const] : ['openFile' as const] };
      const { canceled, filePaths } = win ? await dialog.showOpenDialog(win, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      return canceled ? [] : filePaths;
    },
    pickSaveTarget: async (name) => {
      const win = options.window();
      const dialogOptions = { defaultPath: name };
      const { canceled, filePath } = win ? await dialog.showSaveDialog(win, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return canceled || !filePath ? null : filePath;
    },
  };
}
