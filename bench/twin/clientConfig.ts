/** The configuration of every AWS SDK client in the benchmark: `endpoint`, us-east-1, `local` credentials. */
import { LOCAL_CREDENTIALS } from '../../local/localAws.js';
export function clientConfig(endpoint: string): {
  readonly endpoint: string;
  readonly region: string;
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
} {
  return { endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS };
}
