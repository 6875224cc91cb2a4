import { useCallback, useEffect, useState } from 'react';
import { parseConsoleConfig } from './consoleConfig.js';
import type { ConsoleConfig } from './consoleConfig.js';

/** Loading, ready or failed: the states of reading `/config.json`. */
export type ClientConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly config: ConsoleConfig }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Reads the twin's configuration from `url` once, and again on `retry()` (the twin answers 503 while it
 * starts). A failure names the URL and the reason.
 */
export function useClientConfig(url: string): ClientConfigState & { readonly retry: () => void } {
  const [state, setState] = useState<ClientConfigState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    fetch(url, { cache: 'no-store' })
      .then(async (response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status} ${response.statusText}`);
        return parseConsoleConfig(await response.json());
      })
      .then(
        (config) => current && setState({ status: 'ready', config }),
        (error: unknown) =>
          current &&
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [url, attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
