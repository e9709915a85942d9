import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { errorMessage } from '../../../renderer/src/i18n/error-message';
import { createTranslator } from '../../../renderer/src/i18n/translate';

// A hash mismatch names the bundle file it concerns, across the IPC boundary and in both languages.
describe('an error that names a file inside a bundle', () => {
  const data = new AppError('BUNDLE_TAMPERED', 'Bundle altered or truncated: hash mismatch on entries/e1.json.', { file: 'entries/e1.json' }).toData();

  it('carries the file in its data, and only when it has one', () => {
    expect(data).toEqual({ code: 'BUNDLE_TAMPERED', message: 'Bundle altered or truncated: hash mismatch on entries/e1.json.', file: 'entries/e1.json' });
    expect(new AppError('BUNDLE_TAMPERED', 'x').toData()).toEqual({ code: 'BUNDLE_TAMPERED', message: 'x' });
  });

  it('is shown with the file, isolated, in English and Arabic', () => {
    for (const language of ['en', 'ar'] as const) {
      const { t } = createTranslator(language);
      const shown = errorMessage(t, data);
      expect(shown).toContain('\u2068entries/e1.json\u2069');
      expect(shown).toBe(t('error.BUNDLE_TAMPERED_FILE', { file: 'entries/e1.json' }));
      expect(errorMessage(t, { code: 'BUNDLE_TAMPERED', message: 'x' })).toBe(t('error.BUNDLE_TAMPERED'));
    }
  });
});
