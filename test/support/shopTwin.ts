import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StackDescription } from '../../infra/description.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { ensureUser } from '../../local/cognito/index.js';
import { startTwin } from '../../local/twin.js';
import type { Twin } from '../../local/twin.js';
import { graphqlClient } from './graphql.js';
import type { CallerHeaders, GraphqlResponse } from './graphql.js';
import { iamSignedHeaders, signInUser } from './twinClients.js';
import { LOCAL_CREDENTIALS } from '../../local/localAws.js';

/** The password of every user `startShopTwin` creates. */
const PASSWORD = 'Twin-Password-1';

/** A whole twin (SQLite) with signed-in users, and a GraphQL client that calls as each of them. */
export interface ShopTwin extends ReturnType<typeof graphqlClient> {
  readonly twin: Twin;
  /** Each user's Cognito `sub`, by the name they were created with. */
  readonly subs: Readonly<Record<string, string>>;
  /** The headers of a call as the user created with this name (their ID token). */
  as(name: string): CallerHeaders;
  /** The headers of a call with the API key. */
  apiKey(): CallerHeaders;
  /** A call SigV4-signed with the twin's credentials (the IAM mode). */
  iam(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse>;
  /** A DynamoDB client of the twin's DynamoDB (the tables of the description); destroyed by `stop`. */
  readonly dynamodb: DynamoDBClient;
  /** Stops the twin and deletes its state folder. */
  stop(): Promise<void>;
}

/**
 * Starts a twin of `description` on free ports in a state folder of its own, creates the `admins`
 * (members of the admin group) and `shoppers` named (`<name>@example.com`), and signs each in.
 */
export async function startShopTwin(options: {
  readonly admins: readonly string[];
  readonly shoppers: readonly string[];
  readonly description?: StackDescription;
}): Promise<ShopTwin> {
  const root = mkdtempSync(path.join(tmpdir(), 'shopsync-twin-'));
  const twin = await startTwin({
    description: options.description ?? shop,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(root, 'state'),
  });
  const tokens: Record<string, string> = {};
  const subs: Record<string, string> = {};
  const users = [
    ...options.admins.map((name) => [name, ['admins']] as const),
    ...options.shoppers.map((name) => [name, []] as const),
  ];
  for (const [name, groups] of users) {
    const email = `${name}@example.com`;
    const { sub } = await ensureUser(twin.services.cognito, {
      email,
      password: PASSWORD,
      groups: [...groups],
    });
    subs[name] = sub;
    tokens[name] = await signInUser(twin, email, PASSWORD);
  }
  const dynamodb = new DynamoDBClient({
    endpoint: twin.services.dynamodb.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  const graphqlUrl = twin.config.graphqlUrl;
  return {
    ...graphqlClient(() => graphqlUrl),
    twin,
    subs,
    dynamodb,
    as: (name) => {
      const token = tokens[name];
      if (!token) throw new Error(`No user named ${name} in this twin`);
      return { authorization: token };
    },
    apiKey: () => ({ 'x-api-key': twin.config.apiKey }),
    iam: async (query, variables) => {
      const body = JSON.stringify({ query, variables });
      const response = await fetch(graphqlUrl, {
        method: 'POST',
        headers: await iamSignedHeaders(graphqlUrl, body),
        body,
      });
      return (await response.json()) as GraphqlResponse;
    },
    stop: async () => {
      dynamodb.destroy();
      await twin.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
