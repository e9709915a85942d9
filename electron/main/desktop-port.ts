import { shell } from 'electron';
import { isOpenableUrl } from '../../shared/domain/links';
import { AppError } from '../../shared/errors';
import type { DesktopPort } from '../core/handlers/context';
import type { SensitiveClipboard } from './clipboard-guard';
import { securityEvent } from './log';

/**
 * The desktop capabilities handlers may use. The link check repeats the contract's on purpose:
 * shell.openExternal hands the address to whatever program the OS picks, so nothing reaches
 * it that is not a plain http(s) or mailto address.
 */
export function createDesktopPort(clipboardGuard: SensitiveClipboard): DesktopPort {
  return {
    copySensitive: (text) => clipboardGuard.copy(text),
    openExternal: async (url) => {
      if (!isOpenableUrl(url)) throw new AppError('INVALID_INPUT', 'That address cannot be opened.');
      securityEvent('opening a link in the system browser after confirmation');
      await shell.openExternal(url, { activate: true });
    },
  };
}
