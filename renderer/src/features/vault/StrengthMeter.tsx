import type { PassphraseStrength } from '../../../../shared/domain/passphrase';
import { useI18n } from '../../i18n/use-i18n';

const LEVEL_KEYS = ['strength.level0', 'strength.level1', 'strength.level2', 'strength.level3', 'strength.level4'] as const;

/** Live feedback while choosing a passphrase: advice for the person, not a guarantee. */
export function StrengthMeter({ strength, empty }: { strength: PassphraseStrength; empty: boolean }) {
  const { t } = useI18n();
  const label = t(LEVEL_KEYS[strength.level]);
  return (
    <div className="strength" data-level={empty ? 'none' : strength.level}>
      <div className="strength__row">
        <span className="strength__label">{t('strength.label')}</span>
        {/* Only the level word is live: announcing every hint on every keystroke would drown the field. */}
        <span className="strength__value" aria-live="polite">
          {empty ? '' : label}
        </span>
      </div>
      <meter className="strength__meter" min={0} max={4} low={2} high={3} optimum={4} value={empty ? 0 : strength.level} aria-label={t('strength.label')} aria-valuetext={empty ? undefined : label} />
      {!empty && strength.hints.length > 0 ? (
        <ul className="strength__hints">
          {strength.hints.map((hint) => (
            <li key={hint}>{t(`strength.${hint}`)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
