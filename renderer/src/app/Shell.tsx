import { useEffect, useRef, useState } from 'react';
import type { WritableKind } from '../../../shared/domain/entries';
import { EntryEditor, NewEntryMenu, type EditorHandle } from '../features/notebook';
import { useLock } from '../features/notebook/use-lock';
import { askLogCapture, onOpenEntryRequest } from '../features/notebook/trial/open-entry';
import { LanguageSwitch } from '../features/settings/LanguageSwitch';
import { HelpSheet } from '../features/shell/HelpSheet';
import { ShortcutHint } from '../features/shell/ShortcutHint';
import { Sidebar } from '../features/shell/Sidebar';
import { ariaKeys } from '../features/shell/shortcuts';
import { usePageShortcuts } from '../features/shell/use-page-shortcuts';
import { useLoad } from '../components/use-load';
import { useI18n } from '../i18n/use-i18n';
import { call } from '../ipc/client';
import { routeOf, ROUTES, type RouteName } from './routes';

interface Place {
  route: RouteName;
  /**
   * The entry open in the editor: a saved one (its kind read when it opens) or a new one of a
   * chosen kind (id null); `key` remounts the editor for each opening.
   */
  open: { id: string | null; kind: WritableKind | null; key: number } | null;
}

/**
 * The unlocked notebook: a top bar (help, language, lock), a sidebar of places from the route
 * registry, and the place itself, with the open entry beside a list on a wide window. Every way
 * out of an editor with unsaved text (sidebar, Escape, Ctrl/Cmd+N, another entry, Back) goes
 * through `navigate`, which asks the editor first; a lock does not ask (it keeps a draft).
 */
export function Shell() {
  const { t } = useI18n();
  const lock = useLock();
  const [place, setPlace] = useState<Place>({ route: 'notebook', open: null });
  const [query, setQuery] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const editorRef = useRef<EditorHandle>(null);
  const openings = useRef(0);
  // Bumped when an editor closes: the list beside it reloads (and takes the focus) with what was saved.
  const [placeVersion, setPlaceVersion] = useState(0);
  const [savedCount, setSavedCount] = useState(0);

  // Read again whenever an editor closes: that is when a draft is kept, saved or discarded.
  const drafts = useLoad(`drafts-${placeVersion}`, () => call('draft:list', {}));
  const pendingDrafts = new Set(drafts.data ?? []);

  async function navigate(next: Place): Promise<void> {
    if (editorRef.current && !(await editorRef.current.requestLeave())) return;
    if (place.open && next.open === null) setPlaceVersion((version) => version + 1);
    setPlace(next);
  }
  const listRoute = (): RouteName => (routeOf(place.route).lists ? place.route : 'notebook');
  const open = (id: string | null, kind: WritableKind | null = null) => void navigate({ route: listRoute(), open: { id, kind, key: ++openings.current } });
  const start = (kind: WritableKind) => open(null, kind);
  const goTo = (route: RouteName) => void navigate({ route, open: null });
  // An editor asking to open another entry (a hearing of the same case), through the same door as a list.
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => onOpenEntryRequest((id) => openRef.current(id)), []);

  usePageShortcuts({
    newNote: () => start('meeting'),
    newHearing: () => {
      askLogCapture();
      start('trial');
    },
    search: () => goTo('search'),
    leave: () => {
      if (place.open) void navigate({ route: place.route, open: null });
    },
    help: () => setHelpOpen(true),
  });

  const route = routeOf(place.route);
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="bar">
        <span className="brand">{t('app.name')}</span>
        <div className="bar__end">
          <button type="button" className="button button--quiet" onClick={() => setHelpOpen(true)} aria-keyshortcuts={ariaKeys('help')}>
            {t('shortcuts.button')}
            <ShortcutHint id="help" />
          </button>
          <LanguageSwitch />
          <button type="button" className="button button--lock" onClick={lock} title={t('nav.lockHint')} aria-keyshortcuts={ariaKeys('lock')}>
            <span aria-hidden="true" className="icon-lock" />
            {t('nav.lock')}
            <ShortcutHint id="lock" />
          </button>
        </div>
      </header>
      <div className="shell__body">
        <Sidebar
          items={ROUTES}
          current={place.route}
          onSelect={(name) => goTo(name as RouteName)}
          primary={
            <div className="new-entry">
              <button type="button" className="button button--primary button--new" onClick={() => start('meeting')} aria-keyshortcuts={ariaKeys('newNote')}>
                {t('nav.newNote')}
                <ShortcutHint id="newNote" />
              </button>
              <NewEntryMenu onStart={start} />
            </div>
          }
        />
        <main className={`workspace${place.open ? ' workspace--editing' : ''}${route.lists ? '' : ' workspace--page'}`} id="content" tabIndex={-1}>
          <div className="workspace__place" key={placeVersion}>
            <route.View onOpen={(id) => open(id)} query={query} onQueryChange={setQuery} pendingDrafts={pendingDrafts} savedCount={savedCount} />
          </div>
          {place.open ? (
            <div className="workspace__editor">
              <EntryEditor key={place.open.key} id={place.open.id} kind={place.open.kind} handleRef={editorRef} onSaved={() => setSavedCount((count) => count + 1)} onClose={() => void navigate({ route: place.route, open: null })} />
            </div>
          ) : null}
        </main>
      </div>
      {helpOpen ? <HelpSheet onClose={() => setHelpOpen(false)} /> : null}
    </div>
  );
}
