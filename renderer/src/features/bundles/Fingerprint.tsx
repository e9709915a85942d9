import { useI18n } from '../../i18n/use-i18n';

/**
 * A key's read-aloud fingerprint: always left to right in Latin hex, the groups kept apart, so
 * what the officer reads over the phone is exactly what headquarters compares (the value is hex
 * in every language, docs/bundle-format.md §1).
 */
export function Fingerprint({ value, labelled = true }: { value: string; labelled?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="fingerprint">
      {labelled ? <span className="fingerprint__label">{t('bundles.fingerprintLabel')} </span> : null}
      <code className="fingerprint__value" dir="ltr" translate="no">
        {value}
      </code>
    </span>
  );
}
