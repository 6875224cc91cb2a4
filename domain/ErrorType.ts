/**
 * The `errorType`s the shop's API answers with: the closed list `schema.graphql`'s descriptions state.
 * The orders function raises them and the app reads them; the catalog answers a subset.
 */
export type ErrorType =
  | 'Unauthorized'
  | 'ValidationError'
  | 'NotFound'
  | 'OutOfStock'
  | 'PromoCodeInvalid'
  | 'InvalidStateTransition'
  | 'Conflict';
