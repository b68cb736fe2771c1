import { useCallback, useEffect, useRef, useState } from 'react';

export interface Polled<T> {
  data?: T;
  error?: Error;
  /** Load again now (after an action). */
  reload(): void;
}

/**
 * Loads now and again every `everyMs` after each answer (never two loads at once), so a page follows a rollout
 * while devices install. `everyMs` null loads once.
 */
export function usePoll<T>(load: () => Promise<T>, everyMs: number | null, key: string): Polled<T> {
  const [state, setState] = useState<{ data?: T; error?: Error }>({});
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const run = async () => {
      try {
        const data = await loadRef.current();
        if (!stopped) setState({ data });
      } catch (err) {
        if (!stopped) setState((s) => ({ data: s.data, error: err instanceof Error ? err : new Error(String(err)) }));
      }
      if (!stopped && everyMs !== null) timer = window.setTimeout(run, everyMs);
    };
    void run();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [key, everyMs, nonce]);
  useEffect(() => setState({}), [key]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, reload };
}
