import type { Translator } from '../../i18n/translate';

const UNITS = [
  { bytes: 1024 ** 3, key: 'bundles.sizeGb' },
  { bytes: 1024 ** 2, key: 'bundles.sizeMb' },
  { bytes: 1024, key: 'bundles.sizeKb' },
] as const;

/** A size as the officer reads it (binary units, one decimal under ten), in their digits. */
export function formatBytes(bytes: number, { t, formatNumber }: Pick<Translator, 't' | 'formatNumber'>): string {
  const unit = UNITS.find((candidate) => bytes >= candidate.bytes);
  if (!unit) return t('bundles.sizeBytes', { size: formatNumber(bytes) });
  const value = bytes / unit.bytes;
  const rounded = value < 10 ? Math.round(value * 10) / 10 : Math.round(value);
  return t(unit.key, { size: formatNumber(rounded) });
}
