import { graphql } from '../../gql/index.js';

/**
 * Everything the admin's order page shows: the row's fields, the lines and totals (`OrderContentFields`, as
 * the shopper's page shows them) and the history with who made each change.
 */
export const AdminOrderFields = graphql(`
  fragment AdminOrderFields on Order {
    ...AdminOrderRowFields
    ...OrderContentFields
    history {
      status
      reason
      at
      by
    }
  }
`);
