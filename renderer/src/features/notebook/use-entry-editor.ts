import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { beforeQuickLock } from '../../app/before-lock';
import type { DraftKey } from '../../../../shared/domain/drafts';
import type { Entry, EntryStatus, WritableKind } from '../../../../shared/domain/entries';
import type { AppErrorData } from '../../../../shared/errors';
import { call, toErrorData } from '../../ipc/client';
import type { EntryAdapter } from './entry-adapter';

/** The saved note the editor is working from: its id and the revision the draft started from. */
interface Base {
  id: string;
  revision: number;
  /** Draft or final, as saved: a final entry keeps every later edit as a version. */
  status: EntryStatus;
}

export type EditorStatus = 'loading' | 'ready' | 'saving';

/** Shown when the editor opened on a kept draft. */
export interface RestoredDraft {
  /** The note was saved elsewhere after the draft began: saving will meet CONFLICT, never overwrite. */
  stale: boolean;
  /** The officer left with "Keep as draft"; otherwise the editor kept it (before a lock, a closed window). */
  keptOnPurpose: boolean;
}

/** How long typing must pause before the draft is written to the vault. */
export const DRAFT_DEBOUNCE_MS = 1500;

export interface EntryEditor<Form> {
  status: EditorStatus;
  draft: Form;
  base: Base | null;
  dirty: boolean;
  error: AppErrorData | null;
  savedAt: Date | null;
  restored: RestoredDraft | null;
  /** 'kept' when exactly what is on screen is in the vault's drafts; 'failed' when the last attempt failed. */
  draftState: 'none' | 'kept' | 'failed';
  change: (patch: Partial<Form>) => void;
  /** Resolves true when the note was saved; on failure the error is shown and the draft kept. */
  save: () => Promise<boolean>;
  /** After a CONFLICT: keeps the typed text by saving it as a separate note; the other version stays untouched. */
  saveAsNew: () => Promise<boolean>;
  /** Writes what is on screen as the vault's draft now ("Keep as draft"); false when it could not. */
  keepDraft: () => Promise<boolean>;
  /** The officer left on purpose (saved, kept or discarded): closing writes no draft after this. */
  close: () => void;
  /** Throws the draft away and goes back to the saved note (or an empty one). */
  discardDraft: (options?: { leaving?: boolean }) => Promise<void>;
}

const keyOf = (base: Base | null, kind: WritableKind): DraftKey => base?.id ?? `new:${kind}`;

/**
 * The editing life of one entry, whatever its kind (the adapter knows the kind's form): load
 * the saved entry and any kept draft, autosave the draft, save with conflict detection, keep or
 * discard the draft on purpose. `now` dates a new entry (editable): passed in so a test can fix it.
 * `loaded` is entry `id` as its opener just read it: used instead of reading it again.
 */
export function useEntryEditor<Form>(adapter: EntryAdapter<Form>, id: string | null, now: () => Date = () => new Date(), loaded?: Entry): EntryEditor<Form> {
  // A module constant (meetingAdapter): its identity never changes, so it never re-runs an effect.
  const kind = adapter;
  const [status, setStatus] = useState<EditorStatus>('loading');
  const [draft, setDraft] = useState<Form>(() => kind.blank(now()));
  const [saved, setSaved] = useState<Form>(() => kind.blank(now()));
  const [base, setBase] = useState<Base | null>(null);
  /** The entry's current revision as loaded; a stale draft's `base` is older on purpose. */
  const [fresh, setFresh] = useState<Base | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [restored, setRestored] = useState<RestoredDraft | null>(null);
  const [kept, setKept] = useState<Form | null>(null);
  const [draftFailed, setDraftFailed] = useState(false);

  // Draft writes, discards and saves run one after another, in the order asked: a late draft
  // write can never land after the save that superseded it and leave a stale draft behind.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T,>(task: () => Promise<T>): Promise<T> => {
    const run = queue.current.then(task, task);
    queue.current = run.catch(() => undefined);
    return run;
  }, []);

  const latest = useRef({ draft, saved, base, status });
  useEffect(() => {
    latest.current = { draft, saved, base, status };
  });
  /** What the vault's draft for a key holds (the exact object written), or nothing. */
  const stored = useRef<{ key: DraftKey; draft: Form; keptOnPurpose: boolean } | null>(null);
  const closed = useRef(false);

  const nowRef = useRef(now);
  const loadedRef = useRef(loaded);
  useEffect(() => {
    let live = true;
    const key: DraftKey = id ?? `new:${kind.kind}`;
    const load = async () => {
      const known = loadedRef.current;
      const entry = id ? (known?.id === id ? known : await call('entry:get', { id })) : null;
      const fromSaved = entry ? kind.fromEntry(entry) : null;
      if (entry && !fromSaved) return;
      // A new entry starts dated now; that default alone is not unsaved text.
      const loaded = fromSaved ?? kind.blank(nowRef.current());
      const current = entry ? { id: entry.id, revision: entry.revision, status: entry.status } : null;
      const found = await call('draft:get', { key });
      if (!live) return;
      setSaved(loaded);
      setFresh(current);
      const restoredDraft = found ? kind.fromEntry(found.entry) : null;
      if (found && restoredDraft) {
        const stale = current !== null && found.baseRevision !== null && found.baseRevision < current.revision;
        setDraft(restoredDraft);
        // Never overwrite silently: a stale draft keeps its old base, so saving it meets CONFLICT
        // and offers "save as a new note" instead of replacing the newer version.
        setBase(current && stale && found.baseRevision !== null ? { ...current, revision: found.baseRevision } : current);
        setRestored({ stale, keptOnPurpose: found.keptOnPurpose });
        stored.current = { key, draft: restoredDraft, keptOnPurpose: found.keptOnPurpose };
        setKept(restoredDraft);
      } else {
        setDraft(loaded);
        setBase(current);
      }
      setStatus('ready');
    };
    load().catch((caught: unknown) => {
      if (!live) return;
      setError(toErrorData(caught));
      setStatus('ready');
    });
    return () => {
      live = false;
    };
  }, [id, kind]);

  /**
   * Writes the on-screen text as the draft if it differs from what is saved; drops a draft no
   * longer needed. Resolves false only when text that needed keeping could not be written.
   */
  const syncDraft = useCallback(
    (keptOnPurpose = false) =>
      enqueue(async (): Promise<boolean> => {
        const now = latest.current;
        if (closed.current || now.status === 'loading') return true;
        const key = keyOf(now.base, kind.kind);
        const have = stored.current;
        if (kind.same(now.draft, now.saved)) {
          // Typed and then undone: the vault should not offer back text the officer took out.
          if (have?.key === key) {
            stored.current = null;
            setKept(null);
            await call('draft:discard', { key }).catch(() => undefined);
          }
          return true;
        }
        // Already in the vault, and for the same reason or a stronger one ("kept on purpose" is not
        // downgraded by a later automatic write of the same text).
        if (have?.key === key && have.draft === now.draft && (have.keptOnPurpose || !keptOnPurpose)) return true;
        try {
          await call('draft:save', { key, baseRevision: now.base?.revision ?? null, entry: kind.toInput(now.draft), keptOnPurpose });
          stored.current = { key, draft: now.draft, keptOnPurpose };
          setKept(now.draft);
          setDraftFailed(false);
          return true;
        } catch {
          setDraftFailed(true);
          return false;
        }
      }),
    [enqueue, kind],
  );

  // Debounced autosave: ~1.5 s after the last change.
  useEffect(() => {
    if (status === 'loading') return undefined;
    const timer = window.setTimeout(() => void syncDraft(), DRAFT_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, status, syncDraft]);

  // At once when the window is hidden or loses focus (a screen lock or suspend may follow), and
  // when the editor closes by navigation.
  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void syncDraft();
    };
    const onBlur = () => void syncDraft();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', onBlur);
    const stopBeforeLock = beforeQuickLock(() => syncDraft());
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', onBlur);
      stopBeforeLock();
      void syncDraft();
    };
  }, [syncDraft]);

  const persist = useCallback(
    async (write: () => Promise<Entry>, submitted: Form): Promise<boolean> => {
      setStatus('saving');
      setError(null);
      try {
        const entry = await enqueue(async () => {
          const result = await write();
          // The save removed the draft in its own transaction.
          stored.current = null;
          return result;
        });
        const next = { id: entry.id, revision: entry.revision, status: entry.status };
        setBase(next);
        setFresh(next);
        // What was sent is what is saved; anything typed meanwhile stays in the draft, still dirty.
        setSaved(submitted);
        setSavedAt(new Date());
        setRestored(null);
        setKept(null);
        setDraftFailed(false);
        return true;
      } catch (caught) {
        // The draft is never touched on failure: nothing typed is lost, whatever the error.
        setError(toErrorData(caught));
        return false;
      } finally {
        setStatus('ready');
      }
    },
    [enqueue],
  );

  const save = useCallback(async () => {
    const submitted = draft;
    const entry = kind.toInput(submitted);
    const current = base;
    const discard = keyOf(current, kind.kind);
    return persist(async () => {
      const result = current
        ? await call('entry:update', { id: current.id, revision: current.revision, entry, discardDraft: discard })
        : await call('entry:create', { entry, discardDraft: discard });
      return result;
    }, submitted);
  }, [base, draft, kind, persist]);

  const saveAsNew = useCallback(async () => {
    const submitted = draft;
    const discard = keyOf(base, kind.kind);
    return persist(async () => {
      return call('entry:create', { entry: kind.toInput(submitted), discardDraft: discard });
    }, submitted);
  }, [base, draft, kind, persist]);

  const discardDraft = useCallback(
    async ({ leaving = false }: { leaving?: boolean } = {}) => {
      if (leaving) closed.current = true;
      const key = keyOf(base, kind.kind);
      stored.current = null;
      setKept(null);
      setRestored(null);
      setDraft(saved);
      setBase(fresh);
      try {
        await enqueue(() => call('draft:discard', { key }));
      } catch (caught) {
        setError(toErrorData(caught));
      }
    },
    [base, enqueue, fresh, kind, saved],
  );

  const change = useCallback((patch: Partial<Form>) => setDraft((previous) => ({ ...previous, ...patch })), []);

  // Once per change of either, not on every render (a save's start and end render the frame too).
  const dirty = useMemo(() => !kind.same(draft, saved), [kind, draft, saved]);
  const draftState = !dirty ? 'none' : kept === draft ? 'kept' : draftFailed ? 'failed' : 'none';
  const close = useCallback(() => {
    closed.current = true;
  }, []);

  return { status, draft, base, dirty, error, savedAt, restored, draftState, change, save, saveAsNew, keepDraft: () => syncDraft(true), close, discardDraft };
}
