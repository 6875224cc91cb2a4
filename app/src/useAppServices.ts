import type { ApolloClient } from '@apollo/client';
import { Amplify } from 'aws-amplify';
import { useCallback, useEffect, useState } from 'react';
import { createApolloClient } from './api/createApolloClient.js';
import { amplifyConfigOf } from './auth/amplifyConfigOf.js';
import type { AppConfig } from './config/AppConfig.js';
import { loadAppConfig } from './config/loadAppConfig.js';

/** What the app runs on once `/config.json` is read: the configuration and the API client. */
export interface AppServices {
  readonly config: AppConfig;
  readonly client: ApolloClient;
}

export type AppServicesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly services: AppServices }
  | { readonly status: 'failed'; readonly message: string };

/**
 * Reads `/config.json`, configures Amplify Auth from it and creates the Apollo Client; again on `retry()`
 * (the twin answers 503 while it starts). Nothing that signs in or calls the API renders before `ready`.
 */
export function useAppServices(): AppServicesState & { readonly retry: () => void } {
  const [state, setState] = useState<AppServicesState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    loadAppConfig()
      .then((config) => {
        Amplify.configure(amplifyConfigOf(config));
        return { config, client: createApolloClient(config) };
      })
      .then(
        (services) => current && setState({ status: 'ready', services }),
        (error: unknown) =>
          current &&
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { ...state, retry };
}
