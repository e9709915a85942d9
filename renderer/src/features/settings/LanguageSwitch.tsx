import { LANGUAGES } from '../../../../shared/domain/preferences';
import { useI18n } from '../../i18n/use-i18n';

/** Each language is named in itself (and marked with its own lang) so it can be found by someone who cannot read the current one. */
export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          className="lang-switch__option"
          lang={code}
          aria-pressed={code === language}
          onClick={() => void setLanguage(code)}
        >
          {t(code === 'en' ? 'lang.en' : 'lang.ar')}
        </button>
      ))}
    </div>
  );
}
