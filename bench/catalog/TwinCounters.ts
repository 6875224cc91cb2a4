/** What the twin has served since it started, as `twinCountersPreload.ts` counts it inside the twin's process. */
export interface TwinCounters {
  /** Lambda Invoke calls by function name. */
  readonly invocations: Readonly<Record<string, number>>;
}

/** The IPC message that asks the twin's process for its `TwinCounters`. */
export const COUNTERS_REQUEST = 'counters';
