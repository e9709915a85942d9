import { useCallback, useEffect, useState } from 'react';
import type { MeetingNote } from '../../../../shared/domain/entries';
import type { AppErrorData } from '../../../../shared/errors';
import { call, toErrorData } from '../../ipc/client';
import { draftFromEntry, draftToInput, EMPTY_DRAFT, sameDraft, type MeetingDraft } from './meeting-form';

/** The saved note the editor is working from: its id and the revision the draft started from. */
interface Base {
  id: string;
  revision: number;
}

export type EditorStatus = 'loading' | 'ready' | 'saving';

export interface MeetingEditor {
  status: EditorStatus;
  draft: MeetingDraft;
  base: Base | null;
  dirty: boolean;
  error: AppErrorData | null;
  savedAt: Date | null;
  change: (patch: Partial<MeetingDraft>) => void;
  save: () => Promise<void>;
  /** After a CONFLICT: keeps the typed text by saving it as a separate note; the other version stays untouched. */
  saveAsNew: () => Promise<void>;
}

export function useMeetingEditor(id: string | null): MeetingEditor {
  const [status, setStatus] = useState<EditorStatus>(id ? 'loading' : 'ready');
  const [draft, setDraft] = useState<MeetingDraft>(EMPTY_DRAFT);
  const [saved, setSaved] = useState<MeetingDraft>(EMPTY_DRAFT);
  const [base, setBase] = useState<Base | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  useEffect(() => {
    if (!id) return undefined;
    let live = true;
    call('entry:get', { id })
      .then((entry) => {
        if (!live || entry.kind !== 'meeting') return;
        const loaded = draftFromEntry(entry);
        setDraft(loaded);
        setSaved(loaded);
        setBase({ id: entry.id, revision: entry.revision });
        setStatus('ready');
      })
      .catch((caught: unknown) => {
        if (!live) return;
        setError(toErrorData(caught));
        setStatus('ready');
      });
    return () => {
      live = false;
    };
  }, [id]);

  const persist = useCallback(async (write: () => Promise<MeetingNote>, submitted: MeetingDraft) => {
    setStatus('saving');
    setError(null);
    try {
      const entry = await write();
      setBase({ id: entry.id, revision: entry.revision });
      // What was sent is what is saved; anything typed meanwhile stays in the draft, still dirty.
      setSaved(submitted);
      setSavedAt(new Date());
    } catch (caught) {
      // The draft is never touched on failure: nothing typed is lost, whatever the error.
      setError(toErrorData(caught));
    } finally {
      setStatus('ready');
    }
  }, []);

  const save = useCallback(async () => {
    const submitted = draft;
    const entry = draftToInput(submitted);
    const current = base;
    await persist(async () => {
      const result = current
        ? await call('entry:update', { id: current.id, revision: current.revision, entry })
        : await call('entry:create', { entry });
      if (result.kind !== 'meeting') throw new Error('unexpected entry kind');
      return result;
    }, submitted);
  }, [base, draft, persist]);

  const saveAsNew = useCallback(async () => {
    const submitted = draft;
    await persist(async () => {
      const result = await call('entry:create', { entry: draftToInput(submitted) });
      if (result.kind !== 'meeting') throw new Error('unexpected entry kind');
      return result;
    }, submitted);
  }, [draft, persist]);

  const change = useCallback((patch: Partial<MeetingDraft>) => setDraft((previous) => ({ ...previous, ...patch })), []);

  return { status, draft, base, dirty: !sameDraft(draft, saved), error, savedAt, change, save, saveAsNew };
}
