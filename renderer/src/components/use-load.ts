import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { toErrorData } from '../ipc/client';

export interface Loaded<T> {
  data: T | null;
  error: AppErrorData | null;
  /** Loads again (after a change elsewhere); the previous data stays until the answer comes. */
  reload: () => void;
}

/**
 * One read from the main process, for a screen: loads when `key` changes or on reload(), and
 * never lets an older, slower answer replace a newer one (or land after unmount).
 */
export function useLoad<T>(key: string, load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: AppErrorData | null }>({ data: null, error: null });
  const [version, setVersion] = useState(0);
  const latest = useRef(load);
  useEffect(() => {
    latest.current = load;
  });

  useEffect(() => {
    let live = true;
    latest
      .current()
      .then((data) => live && setState({ data, error: null }))
      .catch((caught: unknown) => live && setState((previous) => ({ data: previous.data, error: toErrorData(caught) })));
    return () => {
      live = false;
    };
  }, [key, version]);

  const reload = useCallback(() => setVersion((previous) => previous + 1), []);
  return { ...state, reload };
}
