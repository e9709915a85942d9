import { useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { SearchView } from '../search/SearchView';
import { LanguageSwitch } from '../settings/LanguageSwitch';
import { SettingsView } from '../settings/SettingsView';
import { MeetingEditor } from './MeetingEditor';
import { NotebookList } from './NotebookList';
import { useLock } from './use-lock';

type View = { name: 'list' | 'search' | 'settings' } | { name: 'editor'; id: string | null; from: 'list' | 'search'; key: number };

/** The unlocked notebook: top bar (navigation, language, lock) and one view at a time. */
export function NotebookShell() {
  const { t } = useI18n();
  const lock = useLock();
  const [view, setView] = useState<View>({ name: 'list' });
  // The search text survives opening a result and coming back; it lives only in memory.
  const [query, setQuery] = useState('');
  const open = (id: string | null, from: 'list' | 'search') => setView({ name: 'editor', id, from, key: Date.now() });

  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="bar">
        <span className="brand">{t('app.name')}</span>
        <nav className="bar__nav" aria-label={t('app.nav')}>
          <button type="button" className="nav-button" aria-current={view.name === 'list' ? 'page' : undefined} onClick={() => setView({ name: 'list' })}>
            {t('nav.notes')}
          </button>
          <button type="button" className="nav-button" aria-current={view.name === 'search' ? 'page' : undefined} onClick={() => setView({ name: 'search' })}>
            {t('nav.search')}
          </button>
          <button type="button" className="nav-button nav-button--accent" onClick={() => open(null, 'list')}>
            {t('nav.newNote')}
          </button>
          <button type="button" className="nav-button" aria-current={view.name === 'settings' ? 'page' : undefined} onClick={() => setView({ name: 'settings' })}>
            {t('nav.settings')}
          </button>
        </nav>
        <div className="bar__end">
          <LanguageSwitch />
          <button type="button" className="button button--lock" onClick={lock} title={t('nav.lockHint')} aria-keyshortcuts="Control+L Meta+L">
            <span aria-hidden="true" className="icon-lock" />
            {t('nav.lock')}
          </button>
        </div>
      </header>
      <main className="shell__main" id="content" tabIndex={-1}>
        {view.name === 'list' ? <NotebookList onOpen={(id) => open(id, 'list')} /> : null}
        {view.name === 'search' ? <SearchView query={query} onQueryChange={setQuery} onOpen={(id) => open(id, 'search')} /> : null}
        {view.name === 'settings' ? <SettingsView /> : null}
        {view.name === 'editor' ? <MeetingEditor key={view.key} id={view.id} onBack={() => setView({ name: view.from })} /> : null}
      </main>
    </div>
  );
}
