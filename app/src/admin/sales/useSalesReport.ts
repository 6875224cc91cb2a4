import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { graphql } from '../../gql/index.js';
import type { AdminSalesReportQuery } from '../../gql/graphql.js';
import type { CalendarDay } from '../time/index.js';

const AdminSalesReport = graphql(`
  query AdminSalesReport($date: AWSDate!) {
    salesReport(date: $date) {
      ...SalesDayFields
      topProducts {
        productId
        sku
        name
        quantity
        revenue {
          cents
          currency
        }
      }
    }
  }
`);

/** A day's report with its best-selling products. */
export type SalesDayReport = NonNullable<AdminSalesReportQuery['salesReport']>;

/**
 * The stored report of `day` with its top products: `undefined` while loading, `null` when that day's
 * report has not been run. Read fresh when shown.
 */
export function useSalesReport(day: CalendarDay): {
  readonly report: SalesDayReport | null | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const query = useQuery(AdminSalesReport, {
    variables: { date: day },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    report: query.data ? query.data.salesReport : undefined,
    error: query.error ? apiErrorOf(query.error) : undefined,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
