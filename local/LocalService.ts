/** A running local twin of one AWS service, reachable with the AWS SDK at `endpoint`. */
export interface LocalService {
  /** Short name, as in the twin's start-up lines and `/health`: `dynamodb`, `rds-data`, `lambda`, ... */
  readonly name: string;
  /** `http://127.0.0.1:<port>`; what `AWS_ENDPOINT_URL_<SERVICE>` is set to. */
  readonly endpoint: string;
  /** Stops accepting requests, finishes or aborts what is in flight, frees the port. Idempotent. */
  stop(): Promise<void>;
}

/** What every service twin is started with. */
export interface ServiceOptions {
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  readonly port: number;
  /** Folder for this service's state; undefined keeps state in memory. Created if absent. */
  readonly stateDir?: string;
  readonly region: string;
  /** The 12-digit account id used in ARNs. */
  readonly accountId: string;
  /** One line per notable event; silent when absent. */
  readonly log?: (line: string) => void;
}
