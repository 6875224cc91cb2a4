import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { graphql } from 'graphql';
import { buildTwinSchema } from '../../local/appsync/schema/index.js';
import { clientConfig } from '../twin/clientConfig.js';
import { answersMe } from './answersMe.js';
import type { GraphqlPath } from './GraphqlPath.js';

/**
 * The baseline: graphql-js `graphql()` on the twin's schema, with a `me` root resolver that sends
 * GetItem on `users` by `sub` to the same DynamoDB twin with the AWS SDK and unmarshalls the item.
 * `close` destroys its DynamoDB client.
 */
export function plainGraphqlPath(
  dynamodbEndpoint: string,
  query: string,
  sub: string,
): GraphqlPath & { close(): void } {
  const schema = buildTwinSchema();
  const dynamodb = new DynamoDBClient(clientConfig(dynamodbEndpoint));
  const rootValue = {
    me: async () => {
      const { Item } = await dynamodb.send(
        new GetItemCommand({ TableName: 'users', Key: { id: { S: sub } } }),
      );
      return Item ? { ...unmarshall(Item), isAdmin: false } : null;
    },
  };
  return {
    label: 'graphql-js + SDK GetItem (baseline)',
    call: async () => answersMe(await graphql({ schema, source: query, rootValue }), sub),
    close: () => dynamodb.destroy(),
  };
}
