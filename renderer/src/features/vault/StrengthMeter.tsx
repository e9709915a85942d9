import type { PassphraseStrength } from '../../../../shared/domain/passphrase-strength';
import { useI18n } from '../../i18n/use-i18n';

const LEVEL_KEYS = ['strength.level0', 'strength.level1', 'strength.level2', 'strength.level3', 'strength.level4'] as const;

/**
 * Live feedback while choosing a passphrase, from the estimator the contract enforces.
 * `null`: nothing typed yet, or the estimator still loading.
 */
export function StrengthMeter({ strength }: { strength: PassphraseStrength | null }) {
  const { t } = useI18n();
  const empty = strength === null;
  const label = strength ? t(LEVEL_KEYS[strength.level]) : '';
  return (
    <div className="strength" data-level={strength?.level ?? 'none'}>
      <div className="strength__row">
        <span className="strength__label">{t('strength.label')}</span>
        {/* Only the level word is live: announcing every hint on every keystroke would drown the field. */}
        <span className="strength__value" aria-live="polite">
          {label}
        </span>
      </div>
      <meter className="strength__meter" min={0} max={4} low={2} high={3} optimum={4} value={strength?.level ?? 0} aria-label={t('strength.label')} aria-valuetext={empty ? undefined : label} />
      {strength && strength.hints.length > 0 ? (
        <ul className="strength__hints">
          {strength.hints.map((hint) => (
            <li key={hint}>{t(`strength.${hint}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
