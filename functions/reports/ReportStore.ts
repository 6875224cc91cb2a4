import type { StoredReport } from './StoredReport.js';

/** Where reports are kept (the `salesReports` table): one per day, a new one replacing the old. */
export interface ReportStore {
  /** Stores the report of its day, replacing any earlier one. */
  put(report: StoredReport): Promise<void>;
  /** The report of `date`, or null when none has been stored. */
  get(date: string): Promise<StoredReport | null>;
  /** The stored reports of `dates` (at most 100), in no particular order; days without one are left out. */
  getMany(dates: readonly string[]): Promise<readonly StoredReport[]>;
}
