import type { ReactNode } from 'react';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { useI18n } from '../i18n/use-i18n';

/** The frame of the screens shown before a key exists: create and unlock. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="public">
      <header className="public__bar">
        <span className="brand">{t('app.name')}</span>
        <LanguageSwitch />
      </header>
      <main className="public__main">
        <div className="card card--narrow">{children}</div>
      </main>
    </div>
  );
}
