/** The keys every AWS SDK client and SigV4 signer uses against the twin (its services accept them). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/** The account id in every local ARN (fauxqs uses the same). */
export const LOCAL_ACCOUNT_ID = '000000000000';
