import { useState } from 'react';
import type { PreferencesPatch } from '../../../../shared/domain/preferences';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { toErrorData } from '../../ipc/client';
import { ActivitySection } from './ActivitySection';
import { AutoLockForm } from './AutoLockForm';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DigitsSwitch } from './DigitsSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { PurgeSection } from './PurgeSection';
import { ThemeSetting } from './ThemeSetting';
import { ToggleSetting } from './ToggleSetting';
import { usePreferences } from './use-preferences';

/**
 * Settings: language, appearance (theme), auto-lock, screen-capture protection (with its honest limits), opening
 * links, passphrase, the activity log, and — set apart at the end — quick purge. Each section is a landmark
 * (region named by its heading) so a screen-reader user can jump between them.
 */
export function SettingsView() {
  const { t } = useI18n();
  const { prefs, error: loadError, update } = usePreferences();
  const [toggleError, setToggleError] = useState<AppErrorData | null>(null);
  const [toggleSaved, setToggleSaved] = useState(false);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  async function toggle(patch: PreferencesPatch) {
    setToggleError(null);
    setToggleSaved(false);
    try {
      await update(patch);
      setToggleSaved(true);
    } catch (caught) {
      setToggleError(toErrorData(caught));
    }
  }

  return (
    <div className="stack stack--loose settings">
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {t('settings.heading')}
      </h1>
      <ErrorAlert error={loadError} />

      <section className="settings-section" aria-labelledby="settings-language">
        <h2 className="subheading" id="settings-language">
          {t('lang.label')}
        </h2>
        <p className="muted">{t('settings.language.hint')}</p>
        <div>
          <LanguageSwitch />
        </div>
        <DigitsSwitch />
      </section>

      {prefs ? (
        <>
          <section className="settings-section" aria-labelledby="settings-theme">
            <h2 className="subheading" id="settings-theme">
              {t('settings.theme.heading')}
            </h2>
            <ThemeSetting theme={prefs.theme} labelledBy="settings-theme" onChange={(theme) => void toggle({ theme })} />
          </section>

          <section className="settings-section" aria-labelledby="settings-autolock">
            <h2 className="subheading" id="settings-autolock">
              {t('settings.autolock.heading')}
            </h2>
            <AutoLockForm minutes={prefs.idleLockMinutes} update={update} />
          </section>

          <section className="settings-section" aria-labelledby="settings-privacy">
            <h2 className="subheading" id="settings-privacy">
              {t('settings.privacy.heading')}
            </h2>
            <ToggleSetting
              label={t('settings.capture.label')}
              hint={t('settings.capture.note')}
              checked={prefs.screenCaptureProtection}
              onChange={(checked) => void toggle({ screenCaptureProtection: checked })}
            />
            <ToggleSetting
              label={t('settings.links.label')}
              hint={t('settings.links.hint')}
              checked={prefs.allowOpeningLinks}
              onChange={(checked) => void toggle({ allowOpeningLinks: checked })}
            />
            <p className="status-text" role="status">
              {toggleSaved ? t('common.saved') : ''}
            </p>
            <ErrorAlert error={toggleError} />
          </section>
        </>
      ) : null}

      <section className="settings-section" aria-labelledby="settings-passphrase">
        <h2 className="subheading" id="settings-passphrase">
          {t('settings.passphrase.heading')}
        </h2>
        <ChangePassphraseForm />
      </section>

      <section className="settings-section" aria-labelledby="settings-activity">
        <h2 className="subheading" id="settings-activity">
          {t('audit.heading')}
        </h2>
        <ActivitySection />
      </section>

      <section className="settings-section settings-section--danger" aria-labelledby="settings-danger">
        <h2 className="subheading subheading--danger" id="settings-danger">
          {t('settings.danger.heading')}
        </h2>
        <h3 className="minor-heading">{t('settings.purge.heading')}</h3>
        <PurgeSection />
      </section>
    </div>
  );
}
