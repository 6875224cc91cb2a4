import { graphql } from '../../gql/index.js';

/** A day's figures, as the chart and the day's summary show them. */
export const SalesDayFields = graphql(`
  fragment SalesDayFields on SalesReport {
    date
    orders
    itemsSold
    revenue {
      cents
      currency
    }
    averageOrderValue {
      cents
      currency
    }
    discounts {
      cents
      currency
    }
    cancelled
    rejected
    generatedAt
  }
`);
