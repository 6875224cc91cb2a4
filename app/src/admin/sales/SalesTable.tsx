import type { ReactElement } from 'react';
import { formatMoney } from '../../money/formatMoney.js';
import { formatDay } from '../time/index.js';
import type { CalendarDay } from '../time/index.js';
import type { SalesDay } from './salesDaysOf.js';

/**
 * The chart's figures as a table, newest day first, each day with a button that shows its details: the
 * chart's equivalent for the keyboard and for screen readers.
 */
export function SalesTable({
  days,
  onSelect,
}: {
  days: readonly SalesDay[];
  onSelect: (day: CalendarDay) => void;
}): ReactElement {
  return (
    <div className="table-scroll admin-table">
      <table>
        <caption>Revenue and orders per day</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col" className="number">
              Orders
            </th>
            <th scope="col" className="number">
              Revenue
            </th>
            <th scope="col">
              <span className="visually-hidden">Details</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {[...days].reverse().map(({ day, report }) => (
            <tr key={day}>
              <th scope="row">{formatDay(day, 'long')}</th>
              <td data-label="Orders" className="number">
                {report ? report.orders : '—'}
              </td>
              <td data-label="Revenue" className="number">
                {report ? formatMoney(report.revenue) : 'No report run'}
              </td>
              <td>
                <button type="button" className="secondary" onClick={() => onSelect(day)}>
                  Show <span className="visually-hidden">{formatDay(day, 'long')}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
