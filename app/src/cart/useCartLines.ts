import { useApolloClient } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import type { ProductCardFieldsFragment } from '../gql/graphql.js';
import { CartProduct } from './cartOperations.js';
import type { CartLine, ShopCart } from './ShopCart.js';

/**
 * The cart's lines with their products: a stored cart brings them; a guest's lines are looked up here,
 * each product once per page, fresh from the API (price and stock as they are now; null when gone).
 */
export function useCartLines(cart: ShopCart): {
  readonly lines: readonly CartLine[] | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const client = useApolloClient();
  const [products, setProducts] = useState<ReadonlyMap<string, ProductCardFieldsFragment | null>>(
    () => new Map(),
  );
  const [error, setError] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const guest = cart.owner === 'guest';
  const missing = JSON.stringify(
    guest ? (cart.lines ?? []).map((line) => line.productId).filter((id) => !products.has(id)) : [],
  );

  useEffect(() => {
    const ids = JSON.parse(missing) as string[];
    if (ids.length === 0) return;
    let current = true;
    setError(undefined);
    Promise.all(
      ids.map(async (id) => {
        const { data } = await client.query({
          query: CartProduct,
          variables: { id },
          fetchPolicy: 'network-only',
        });
        return [id, data?.product ?? null] as const;
      }),
    ).then(
      (found) => current && setProducts((known) => new Map([...known, ...found])),
      (failure: unknown) => current && setError(apiErrorOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [missing, client, attempt]);

  const lines = useMemo(
    () =>
      guest ? cart.lines?.map((line) => ({ ...line, product: products.get(line.productId) })) : cart.lines,
    [guest, cart.lines, products],
  );
  return {
    lines,
    error: guest ? error : cart.error,
    retry: guest ? () => setAttempt((count) => count + 1) : cart.retry,
  };
}
