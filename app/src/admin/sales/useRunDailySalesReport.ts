import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import type { SalesDayFieldsFragment } from '../../gql/graphql.js';
import type { CalendarDay } from '../time/index.js';

const RunDailySalesReport = graphql(`
  mutation AdminRunDailySalesReport($date: AWSDate) {
    runDailySalesReport(date: $date) {
      ...SalesDayFields
    }
  }
`);

/**
 * `runDailySalesReport`: computes the report of `day` from its orders, stores it (in place of an earlier
 * one) and mails it to the admins; resolves to it. The chart's and the day's reports are read again
 * afterwards. Rejects with `ValidationError` for a day that has not ended in the shop's time zone.
 */
export function useRunDailySalesReport(): {
  readonly run: (day: CalendarDay) => Promise<SalesDayFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(RunDailySalesReport, {
    refetchQueries: ['AdminSalesReports', 'AdminSalesReport'],
    awaitRefetchQueries: true,
  });
  const run = useCallback(
    async (day: CalendarDay) => {
      const { data } = await mutate({ variables: { date: day } });
      if (!data) throw new Error('runDailySalesReport answered without data');
      return data.runDailySalesReport;
    },
    [mutate],
  );
  return { run, pending: loading };
}
