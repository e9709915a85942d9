import type { Translator } from '../../i18n/translate';

const KIB = 1024;
const MIB = KIB * 1024;
const GIB = MIB * 1024;

/** A file's size for people: whole bytes below a kilobyte, then one decimal, in the officer's digits. */
export function formatFileSize(bytes: number, { t, formatNumber }: Pick<Translator, 't' | 'formatNumber'>): string {
  const oneDecimal = (value: number) => formatNumber(Math.round(value * 10) / 10);
  if (bytes < KIB) return t('viewer.size.bytes', { size: formatNumber(bytes) });
  if (bytes < MIB) return t('viewer.size.kb', { size: oneDecimal(bytes / KIB) });
  if (bytes < GIB) return t('viewer.size.mb', { size: oneDecimal(bytes / MIB) });
  return t('viewer.size.gb', { size: oneDecimal(bytes / GIB) });
}
