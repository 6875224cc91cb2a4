import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import type { ReportMessage } from './reportMessage.js';
import type { ReportStore } from './ReportStore.js';

/** What the reports operations need from outside: the database, the report table, the topic, the clock. */
export interface ReportsDeps {
  readonly db: SqlExecutor;
  /** ISO 4217 code of the shop currency (`SHOP_CURRENCY`). */
  readonly currency: string;
  /** IANA time zone whose calendar days the reports count (`SHOP_TIME_ZONE`). */
  readonly timeZone: string;
  readonly now: () => Date;
  /** The `salesReports` table. */
  readonly reports: ReportStore;
  /** Sends a report's summary to the admins (the `salesReports` topic). */
  readonly publish: (message: ReportMessage) => Promise<void>;
  readonly log: (line: string) => void;
}
