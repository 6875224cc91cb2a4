/** Lines a cart or an order may have (`schema.graphql`: "at most 50"). */
export const MAX_CART_LINES = 50;

/** Units of one product per cart line or order line. */
export const MAX_LINE_QUANTITY = 99;
