/**
 * What every function's AWS SDK clients are made with. No endpoint and no region in code: Lambda's
 * environment gives the region, and `AWS_ENDPOINT_URL_<SERVICE>` points a client at the local twin when
 * set.
 *
 * `cacheMiddleware`: the client resolves a command's middleware stack once per command class instead of
 * on every `send` (the SDK's own setting, off by default). The functions never add middleware to a client
 * or a command, which is the one thing the setting rules out.
 */
export const CLIENT_CONFIG = { cacheMiddleware: true } as const;
