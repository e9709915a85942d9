import type { ErrorCode } from '../../../shared/errors';
import type { AppErrorData } from '../../../shared/errors';
import type { TextKey } from './catalog';
import type { Translator } from './translate';

/** Every ErrorCode must have a message: `error.${code}` not being a TextKey fails to compile. */
const errorKey = (code: ErrorCode): TextKey => `error.${code}`;

/**
 * The translated message for an error from the main process. The server's English `message`
 * is never shown: an Arabic UI must not fall back to English text, and a server message is
 * not ours to vouch for.
 */
export function errorMessage(t: Translator['t'], error: AppErrorData): string {
  if (error.code === 'INTERNAL') {
    return error.incidentId ? t('error.INTERNAL', { incidentId: error.incidentId }) : t('error.INTERNAL_NO_ID');
  }
  if (error.code === 'BUNDLE_TAMPERED' && error.file) return t('error.BUNDLE_TAMPERED_FILE', { file: error.file });
  return t(errorKey(error.code));
}
