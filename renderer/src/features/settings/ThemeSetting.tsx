import { useId } from 'react';
import { THEMES, type Theme } from '../../../../shared/domain/preferences';
import { applyTheme } from '../../app/theme';
import { useI18n } from '../../i18n/use-i18n';
import type { TextKey } from '../../i18n/catalog';

const themeKey = (theme: Theme): TextKey => `settings.theme.${theme}`;

/** System / Light / Dark as one radio group; the page changes at once, before the save answers. */
interface ThemeSettingProps {
  theme: Theme;
  /** The id of the section heading that names the group. */
  labelledBy: string;
  onChange: (theme: Theme) => void;
}

export function ThemeSetting({ theme, labelledBy, onChange }: ThemeSettingProps) {
  const { t } = useI18n();
  const name = useId();
  return (
    <fieldset className="theme-setting" aria-labelledby={labelledBy} aria-describedby={`${name}-hint`}>
      <p className="field__hint" id={`${name}-hint`}>
        {t('settings.theme.hint')}
      </p>
      <div className="theme-setting__options">
        {THEMES.map((option) => (
          <div className="check" key={option}>
            <input
              id={`${name}-${option}`}
              type="radio"
              name={name}
              value={option}
              checked={theme === option}
              onChange={() => {
                applyTheme(option);
                onChange(option);
              }}
            />
            <label htmlFor={`${name}-${option}`}>{t(themeKey(option))}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
