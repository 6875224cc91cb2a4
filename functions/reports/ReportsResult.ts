import type { OperationResult } from '../lib/OperationResult.js';
import type { ReportErrorType } from './ReportError.js';

/**
 * What the reports function returns for every call: the field's value as `data`, or an expected failure
 * as `error` (never both). Faults are not results: they fail the invocation (`Lambda:Unhandled`), and so
 * does an expected failure of a scheduled run, which is a bug (the schedule's retries and the function's
 * error metric then show it).
 */
export type ReportsResult<T = unknown> = OperationResult<T, ReportErrorType>;
