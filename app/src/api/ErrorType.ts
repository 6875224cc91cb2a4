/**
 * An AppSync `errorType` the shop's API answers (`domain/ErrorType.ts`). Anything else in `ApiError.code`
 * (a user pool exception, AppSync's own `UnauthorizedException` for a bad token) is not one of these;
 * read a code with `errorTypeOf`.
 */
export type { ErrorType } from '../../../domain/ErrorType.js';
