import { useApolloClient } from '@apollo/client/react';
import { fetchAuthSession } from 'aws-amplify/auth';
import type { SignInOutput } from 'aws-amplify/auth';
import { Hub } from 'aws-amplify/utils';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useAppConfig } from '../config/useAppConfig.js';
import type { Auth, AuthState, SignInOutcome } from './Auth.js';
import { AuthContext } from './AuthContext.js';
import { sessionUserOf } from './sessionUserOf.js';

/**
 * Holds the signed-in user (read from Amplify's stored session at start, and again on every sign-in,
 * sign-out and token refresh) and offers sign-in and sign-out. Amplify must be configured before it mounts.
 * Every change of user clears Apollo's cache, so no answer given to one identity is shown to another.
 */
export function AuthProvider({ children }: { children: ReactNode }): ReactElement {
  const config = useAppConfig();
  const client = useApolloClient();
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  const refresh = useCallback(async (): Promise<void> => {
    const session = await fetchAuthSession().catch(() => undefined);
    const claims = session?.tokens?.idToken?.payload;
    setState(claims ? { status: 'signedIn', user: sessionUserOf(claims) } : { status: 'signedOut' });
  }, []);

  useEffect(() => {
    void refresh();
    return Hub.listen('auth', ({ payload }) => {
      if (['signedIn', 'signedOut', 'tokenRefresh', 'tokenRefresh_failure'].includes(payload.event))
        void refresh();
    });
  }, [refresh]);

  const finish = useCallback(
    async (output: SignInOutput): Promise<SignInOutcome> => {
      const step = output.nextStep.signInStep;
      if (step === 'DONE') {
        await client.clearStore();
        await refresh();
        return { step: 'done' };
      }
      if (step === 'CONFIRM_SIGN_UP') return { step: 'confirmSignUp' };
      if (step === 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED') return { step: 'newPasswordRequired' };
      return { step: 'unsupported', name: step };
    },
    [client, refresh],
  );

  const auth = useMemo<Auth>(
    () => ({
      state,
      signIn: async (email, password) => {
        const { signIn } = await import('./signInOperations.js');
        return finish(
          await signIn({ username: email, password, options: { authFlowType: config.authFlow } }),
        );
      },
      completeNewPassword: async (password) => {
        const { confirmSignIn } = await import('./signInOperations.js');
        return finish(await confirmSignIn({ challengeResponse: password }));
      },
      signOut: async () => {
        const { signOut } = await import('./signInOperations.js');
        await signOut();
        await client.clearStore();
        setState({ status: 'signedOut' });
      },
    }),
    [state, finish, client, config.authFlow],
  );
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
