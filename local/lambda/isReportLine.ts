/**
 * Whether `line` of the twin's log is the REPORT line the Lambda twin writes after every call (`[name]
 * REPORT RequestId: …`, as CloudWatch holds it): the per-call line a console can leave out. The other
 * lines (start-up, errors, timeouts, what the function itself writes) are never REPORT lines.
 *
 * @example
 * isReportLine('[catalog] REPORT RequestId: 1f0c…\tDuration: 3.10 ms\t…') // => true
 */
export function isReportLine(line: string): boolean {
  return /^\[[^\]\s]+\] REPORT RequestId: /.test(line);
}
