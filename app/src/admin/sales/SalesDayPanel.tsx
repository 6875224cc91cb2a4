import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { formatMoney } from '../../money/formatMoney.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { StatusMessage } from '../../ui/StatusMessage.js';
import { formatDay, formatInstant, isCalendarDay } from '../time/index.js';
import type { CalendarDay } from '../time/index.js';
import { useRunDailySalesReport } from './useRunDailySalesReport.js';
import { useSalesReport } from './useSalesReport.js';

/**
 * One day's sales: a day picker (up to `latest`, the last day that has ended in the shop's time zone),
 * the stored report's figures and best-selling products, and a button that runs the report for the day
 * (again, when it exists: the figures then count any order that changed status since).
 */
export function SalesDayPanel({
  day,
  latest,
  timeZone,
  onPick,
}: {
  day: CalendarDay;
  latest: CalendarDay;
  timeZone: string;
  onPick: (day: CalendarDay) => void;
}): ReactElement {
  const id = useId();
  const { report, error, retry } = useSalesReport(day);
  const { run, pending } = useRunDailySalesReport();
  const [runError, setRunError] = useState<ApiError>();
  const [done, setDone] = useState<string>();

  const pick = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('day');
    if (typeof value === 'string' && isCalendarDay(value) && value <= latest) onPick(value);
  };
  const runReport = (): void => {
    setRunError(undefined);
    setDone(undefined);
    run(day).then(
      (ran) => setDone(`Report run for ${formatDay(ran.date, 'long')}.`),
      (failure: unknown) => setRunError(apiErrorOf(failure)),
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>{formatDay(day, 'long')}</h2>
      <form className="search" onSubmit={pick} aria-label="Choose a day">
        <label htmlFor={`${id}-day`}>Day</label>
        <input id={`${id}-day`} name="day" type="date" defaultValue={day} max={latest} required />
        <button type="submit" className="secondary">
          Show day
        </button>
      </form>
      <div className="actions">
        <button type="button" onClick={runReport} disabled={pending}>
          {pending ? 'Running the report…' : report ? 'Run the report again' : 'Run the report for this day'}
        </button>
      </div>
      {runError && <ErrorAlert error={runError} />}
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
      {error && !report && <ErrorAlert error={error} onRetry={retry} />}
      {report === undefined && !error && <StatusMessage>Loading the day’s report…</StatusMessage>}
      {report === null && (
        <StatusMessage>
          No report for this day yet. Running it counts the day’s orders and emails the figures to the admins.
        </StatusMessage>
      )}
      {report && (
        <>
          <dl className="figures" aria-label="The day’s figures">
            <div>
              <dt>Revenue</dt>
              <dd>{formatMoney(report.revenue)}</dd>
            </div>
            <div>
              <dt>Orders</dt>
              <dd>{report.orders}</dd>
            </div>
            <div>
              <dt>Items sold</dt>
              <dd>{report.itemsSold}</dd>
            </div>
            <div>
              <dt>Average order</dt>
              <dd>{formatMoney(report.averageOrderValue)}</dd>
            </div>
            <div>
              <dt>Promo discounts</dt>
              <dd>{formatMoney(report.discounts)}</dd>
            </div>
            <div>
              <dt>Cancelled</dt>
              <dd>{report.cancelled}</dd>
            </div>
            <div>
              <dt>Rejected</dt>
              <dd>{report.rejected}</dd>
            </div>
          </dl>
          <p className="muted">
            Counted over the orders placed that day, by their status at{' '}
            {formatInstant(report.generatedAt, timeZone)}; cancelled and rejected orders are not in the
            revenue.
          </p>
          <h3>Top products</h3>
          {report.topProducts.length === 0 ? (
            <p>No product was sold that day.</p>
          ) : (
            <div className="table-scroll admin-table">
              <table>
                <caption>Best sellers of the day, by units sold</caption>
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col" className="number">
                      Units
                    </th>
                    <th scope="col" className="number">
                      Revenue
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.topProducts.map((product) => (
                    <tr key={product.productId}>
                      <th scope="row">
                        {product.name} <span className="muted">{product.sku}</span>
                      </th>
                      <td data-label="Units" className="number">
                        {product.quantity}
                      </td>
                      <td data-label="Revenue" className="number">
                        {formatMoney(product.revenue)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
