import { useState } from 'react';
import type { PreferencesPatch } from '../../../../shared/domain/preferences';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Section } from '../../components/Section';
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

      <Section id="settings-language" heading={t('lang.label')} hint={t('settings.language.hint')}>
        <div>
          <LanguageSwitch />
        </div>
        <DigitsSwitch />
      </Section>

      {prefs ? (
        <>
          <Section id="settings-theme" heading={t('settings.theme.heading')}>
            <ThemeSetting theme={prefs.theme} labelledBy="settings-theme" onChange={(theme) => void toggle({ theme })} />
          </Section>

          <Section id="settings-autolock" heading={t('settings.autolock.heading')}>
            <AutoLockForm minutes={prefs.idleLockMinutes} update={update} />
          </Section>

          <Section id="settings-privacy" heading={t('settings.privacy.heading')}>
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
          </Section>
        </>
      ) : null}

      <Section id="settings-passphrase" heading={t('settings.passphrase.heading')}>
        <ChangePassphraseForm />
      </Section>

      <Section id="settings-activity" heading={t('audit.heading')}>
        <ActivitySection />
      </Section>

      <Section id="settings-danger" heading={t('settings.danger.heading')} danger>
        <h3 className="minor-heading">{t('settings.purge.heading')}</h3>
        <PurgeSection />
      </Section>
    </div>
  );
}
