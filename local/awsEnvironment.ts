import { LOCAL_CREDENTIALS } from './localAws.js';
import { TWIN_SERVICES } from './twinServices.js';
import type { ServiceName } from './twinServices.js';

/**
 * The environment that points unmodified AWS SDK v3 clients at the twin: region, the local credentials,
 * and an `AWS_ENDPOINT_URL_<ID>` variable for each service among `endpoints` (services not started yet
 * are left out). Lambda functions run with it, and so can any process (`Twin.awsEnvironment`).
 */
export function awsEnvironment(
  region: string,
  endpoints: Readonly<Partial<Record<ServiceName, string>>>,
): Record<string, string> {
  const environment: Record<string, string> = {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    // Functions run on Node 22 on AWS; the twin runs them on the local Node, with the SDK the lockfile pins.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const [service, endpoint] of Object.entries(endpoints) as [ServiceName, string][]) {
    for (const id of TWIN_SERVICES[service].sdkIds) environment[`AWS_ENDPOINT_URL_${id}`] = endpoint;
  }
  return environment;
}
