import { useEffect } from 'react';
import type { ApiError } from '../../api/ApiError.js';
import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';
import { usePromoCodes } from './usePromoCodes.js';

/**
 * One promo code by its code (case-insensitive): `undefined` while loading, `null` when there is none.
 * The API has no single-code read, so the list is read page by page until the code is found.
 */
export function usePromoCode(code: string): {
  readonly promoCode: PromoCodeFieldsFragment | null | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const list = usePromoCodes();
  const wanted = code.toUpperCase();
  const found = list.promoCodes?.find((promo) => promo.code === wanted);
  const { hasMore, loadingMore, loadMore } = list;
  const searching = list.promoCodes !== undefined && !found && hasMore;
  useEffect(() => {
    if (searching && !loadingMore && !list.error) loadMore();
  }, [searching, loadingMore, loadMore, list.error]);
  return {
    promoCode: found ?? (list.promoCodes === undefined || searching ? undefined : null),
    error: list.error,
    retry: list.retry,
  };
}
