import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { graphql } from '../../gql/index.js';
import type { SalesDayFieldsFragment } from '../../gql/graphql.js';
import type { CalendarDay } from '../time/index.js';

const AdminSalesReports = graphql(`
  query AdminSalesReports($from: AWSDate!, $to: AWSDate!) {
    salesReports(from: $from, to: $to) {
      ...SalesDayFields
    }
  }
`);

/**
 * The stored sales reports of the days from `from` to `to` (both included, at most 92), oldest first;
 * days whose report was never run are absent. Read fresh when shown.
 */
export function useSalesReports(
  from: CalendarDay,
  to: CalendarDay,
): {
  readonly reports: readonly SalesDayFieldsFragment[] | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const query = useQuery(AdminSalesReports, {
    variables: { from, to },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    reports: query.data?.salesReports,
    error: query.error ? apiErrorOf(query.error) : undefined,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
