import { ApolloProvider } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { AuthProvider } from './auth/AuthProvider.js';
import { ConfigContext } from './config/ConfigContext.js';
import { ShopRoutes } from './ShopRoutes.js';
import { StatusMessage } from './ui/StatusMessage.js';
import { useAppServices } from './useAppServices.js';

/** The whole app: loads its configuration, then the API client, the session and the pages. */
export function Shop(): ReactElement {
  const services = useAppServices();
  if (services.status === 'loading') return <StatusMessage>Loading the shop…</StatusMessage>;
  if (services.status === 'failed')
    return (
      <main className="page">
        <h1>The shop cannot start</h1>
        <p role="alert" className="alert">
          {services.message}
        </p>
        <button type="button" onClick={services.retry}>
          Try again
        </button>
      </main>
    );
  const { config, client } = services.services;
  return (
    <ConfigContext.Provider value={config}>
      <ApolloProvider client={client}>
        <AuthProvider>
          <BrowserRouter>
            <ShopRoutes />
          </BrowserRouter>
        </AuthProvider>
      </ApolloProvider>
    </ConfigContext.Provider>
  );
}
