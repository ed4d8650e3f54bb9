import { useCallback, useEffect, useState } from 'preact/hooks';
import { coachClient } from '../messaging/client';
import type { CoachView } from '../messaging/protocol';

/**
 * The background's view of the coach, kept fresh: reloaded whenever the background broadcasts a change
 * (from any tab, the popup or options) and after every action this page takes.
 */
export function useCoachView(tabId: number | null | undefined) {
  const [view, setView] = useState<CoachView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    if (tabId === undefined) return;
    try {
      setView(await coachClient.view(tabId));
      setError(null);
    } catch (e) {
      console.error('[rekindle] could not load the coach state', e);
      setError(String(e));
    }
  }, [tabId]);

  useEffect(() => {
    reload();
    return coachClient.onChange(() => {
      reload();
    });
  }, [reload]);

  /** Runs an action against the background, then shows the result. */
  const act = useCallback(
    async (action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (e) {
        console.error('[rekindle] action failed', e);
      }
      await reload();
    },
    [reload],
  );

  return { view, error, reload, act };
}

/** Current time, ticking once a second while mounted (drives the countdown). */
export function useNow(): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return now;
}
