/**
 * An AppSync `errorType` the shop's API answers: the closed list `schema.graphql`'s descriptions state. Anything else in `ApiError.code` (a user pool exception, AppSync's own
 * `UnauthorizedException` for a bad token) is not one of these; read a code with `errorTypeOf`.
 */
export type ErrorType =
  | 'Unauthorized'
  | 'ValidationError'
  | 'NotFound'
  | 'OutOfStock'
  | 'PromoCodeInvalid'
  | 'InvalidStateTransition'
  | 'Conflict';
