import { useId, useRef } from 'react';
import type { ReactElement } from 'react';
import { formatMoney } from '../../money/formatMoney.js';
import { formatDay } from '../time/index.js';
import type { CalendarDay } from '../time/index.js';
import { niceCeiling } from './niceCeiling.js';
import type { SalesDay } from './salesDaysOf.js';
import { useElementWidth } from './useElementWidth.js';

const HEIGHT = 240;
const MARGIN = { top: 14, right: 40, bottom: 28, left: 68 } as const;
/** The least room, in pixels, a day's label on the axis needs. */
const LABEL_ROOM = 56;

/** An amount for an axis: whole units of the currency, e.g. `€1,200`. */
function axisMoney(cents: number, currency: string): string {
  return new Intl.NumberFormat(undefined, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(cents / 100);
}

/**
 * Revenue (bars, left scale) and orders (line, right scale) per day, drawn in plain SVG at the width it
 * is shown. A day whose report was never run is a grey mark on the base line, not a day without sales.
 * Clicking a day selects it (`onSelect`); the same choice is offered to the keyboard and to screen
 * readers by the table of figures below the chart, which the drawing summarises in its description.
 */
export function SalesChart({
  days,
  currency,
  selected,
  onSelect,
}: {
  days: readonly SalesDay[];
  currency: string;
  selected: CalendarDay | undefined;
  onSelect: (day: CalendarDay) => void;
}): ReactElement {
  const id = useId();
  const frame = useRef<HTMLDivElement>(null);
  const width = Math.max(300, useElementWidth(frame, 720));
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.66);
  const reported = days.flatMap((day) => (day.report ? [day.report] : []));
  // At least 10 units of the currency, so the scale's halves are whole amounts.
  const revenueTop = niceCeiling(Math.max(0, ...reported.map((report) => report.revenue.cents)), 1000);
  const ordersTop = niceCeiling(Math.max(0, ...reported.map((report) => report.orders)), 1);
  const x = (index: number): number => MARGIN.left + slot * index + slot / 2;
  const y = (value: number, top: number): number => MARGIN.top + plotHeight * (1 - value / top);
  const labelEvery = Math.max(1, Math.ceil(LABEL_ROOM / slot));
  const totalCents = reported.reduce((sum, report) => sum + report.revenue.cents, 0);
  const totalOrders = reported.reduce((sum, report) => sum + report.orders, 0);
  const missing = days.length - reported.length;
  const first = days[0];
  const last = days.at(-1);
  // The orders line, broken where a day has no report.
  const ordersPath = days
    .map((day, index) =>
      day.report
        ? `${index > 0 && days[index - 1]?.report ? 'L' : 'M'}${x(index).toFixed(1)},${y(day.report.orders, ordersTop).toFixed(1)}`
        : '',
    )
    .join('');

  return (
    <div ref={frame}>
      <svg
        className="chart"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${width} ${HEIGHT}`}
        width={width}
        height={HEIGHT}
      >
        <title id={`${id}-title`}>Revenue and orders per day</title>
        <desc id={`${id}-desc`}>
          {first && last
            ? `${formatDay(first.day, 'short')} to ${formatDay(last.day, 'short')}: ${formatMoney({ cents: totalCents, currency })} from ${totalOrders} order${totalOrders === 1 ? '' : 's'}${missing > 0 ? `; ${missing} day${missing === 1 ? '' : 's'} without a report` : ''}. The table below gives each day's figures.`
            : 'No days to show.'}
        </desc>
        {[0, 0.5, 1].map((share) => (
          <g key={share}>
            <line
              className="chart-axis"
              x1={MARGIN.left}
              x2={width - MARGIN.right}
              y1={y(share, 1)}
              y2={y(share, 1)}
            />
            <text className="chart-label" x={MARGIN.left - 6} y={y(share, 1) + 4} textAnchor="end">
              {axisMoney(revenueTop * share, currency)}
            </text>
          </g>
        ))}
        {[0, 1].map((share) => (
          <text
            key={share}
            className="chart-label"
            x={width - MARGIN.right + 6}
            y={y(share, 1) + 4}
            textAnchor="start"
          >
            {ordersTop * share}
          </text>
        ))}
        {days.map((day, index) =>
          day.report ? (
            <rect
              key={day.day}
              className={day.day === selected ? 'chart-bar chart-bar-selected' : 'chart-bar'}
              x={x(index) - barWidth / 2}
              y={y(day.report.revenue.cents, revenueTop)}
              width={barWidth}
              height={Math.max(0, plotHeight - (y(day.report.revenue.cents, revenueTop) - MARGIN.top))}
            />
          ) : (
            <rect
              key={day.day}
              className="chart-missing"
              x={x(index) - barWidth / 2}
              y={MARGIN.top + plotHeight - 3}
              width={barWidth}
              height={3}
            />
          ),
        )}
        <path className="chart-line" d={ordersPath} />
        {days.map((day, index) =>
          day.report ? (
            <circle
              key={day.day}
              className="chart-dot"
              cx={x(index)}
              cy={y(day.report.orders, ordersTop)}
              r={3}
            />
          ) : null,
        )}
        {days.map((day, index) =>
          index % labelEvery === (days.length - 1) % labelEvery ? (
            <text
              key={day.day}
              className="chart-label"
              x={x(index)}
              y={HEIGHT - MARGIN.bottom + 16}
              textAnchor="middle"
            >
              {formatDay(day.day, 'short')}
            </text>
          ) : null,
        )}
        {days.map((day, index) => (
          <rect
            key={day.day}
            className="chart-hit"
            x={MARGIN.left + slot * index}
            y={MARGIN.top}
            width={slot}
            height={plotHeight}
            onClick={() => onSelect(day.day)}
          >
            <title>{formatDay(day.day, 'long')}</title>
          </rect>
        ))}
      </svg>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="legend-swatch" style={{ background: '#9cc0e6' }} />
          Revenue (left scale)
        </li>
        <li>
          <span className="legend-swatch" style={{ background: 'var(--warn)' }} />
          Orders (right scale)
        </li>
        <li>
          <span className="legend-swatch" style={{ background: 'var(--line)' }} />
          No report run
        </li>
      </ul>
    </div>
  );
}
