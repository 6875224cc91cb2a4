import { GraphiQL } from 'graphiql';
import type { GraphiQLProps } from 'graphiql';
import { useMemo } from 'react';
import type { ReactElement } from 'react';
import { AuthPanel } from './AuthPanel.js';
import { authorizationHeaders } from './authorization.js';
import type { ConsoleConfig } from './consoleConfig.js';
import { graphqlFetcher } from './graphqlFetcher.js';
import { useAuthorization } from './useAuthorization.js';
import { useClientConfig } from './useClientConfig.js';

const DEFAULT_QUERY = `# The ShopSync API of the local twin. The Docs button (top left) lists every type.
# Requests carry the authorization chosen above.
query Schema {
  __schema {
    queryType { name }
    mutationType { name }
  }
}
`;

/** The console page: reads the twin's `/config.json`, then shows the authorization header and GraphiQL. */
export function Console({ configUrl }: { configUrl: string }): ReactElement {
  const state = useClientConfig(configUrl);
  if (state.status === 'loading')
    return (
      <p className="console-message" role="status">
        Reading the twin&apos;s configuration from {configUrl}…
      </p>
    );
  if (state.status === 'failed')
    return (
      <div className="console-message" role="alert">
        <p>Cannot read the twin&apos;s configuration: {state.message}</p>
        <button type="button" onClick={state.retry}>
          Try again
        </button>
      </div>
    );
  return <ReadyConsole config={state.config} />;
}

function ReadyConsole({ config }: { config: ConsoleConfig }): ReactElement {
  const [authorization, setAuthorization] = useAuthorization();
  // A new fetcher (a new authorization) makes GraphiQL introspect again, with the new headers.
  const fetcher = useMemo(
    () =>
      // GraphiQL reads only `data` and `errors` of the JSON body this fetcher resolves to.
      graphqlFetcher(
        config.graphqlUrl,
        authorizationHeaders(authorization, config.apiKey),
      ) as unknown as GraphiQLProps['fetcher'],
    [config.graphqlUrl, config.apiKey, authorization],
  );
  return (
    <div className="console-page">
      <AuthPanel config={config} authorization={authorization} onChange={setAuthorization} />
      <main className="console-editor" aria-label="GraphiQL">
        <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY}>
          <GraphiQL.Logo>ShopSync</GraphiQL.Logo>
        </GraphiQL>
      </main>
    </div>
  );
}
