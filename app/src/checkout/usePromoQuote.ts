import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { PromoQuoteFieldsFragment } from '../gql/graphql.js';

/** What a promo code would take off a subtotal. */
export const PromoQuoteFields = graphql(`
  fragment PromoQuoteFields on PromoQuote {
    code
    valid
    reason
    discount {
      cents
      currency
    }
  }
`);

const PromoQuote = graphql(`
  query PromoQuote($code: String!, $subtotalCents: Int!) {
    quotePromoCode(code: $code, subtotalCents: $subtotalCents) {
      ...PromoQuoteFields
    }
  }
`);

/** A promo code being checked at checkout. */
export interface PromoQuoteState {
  /** The code the shopper applied ('' for none). */
  readonly code: string;
  /** The API's quote for it against the current subtotal; undefined while asked or when no code. */
  readonly quote: PromoQuoteFieldsFragment | undefined;
  readonly checking: boolean;
  readonly error: ApiError | undefined;
  /** Applies `code` (trimmed; '' removes it) and asks for its quote. */
  readonly apply: (code: string) => void;
}

/**
 * The quote of the applied promo code against `subtotalCents`, asked again whenever the subtotal changes,
 * so the discount shown is always the server's for the cart as it is (never cached: a code's standing
 * changes as it is redeemed). Only the latest request's answer counts.
 */
export function usePromoQuote(subtotalCents: number | null): PromoQuoteState {
  const client = useApolloClient();
  const [code, setCode] = useState('');
  const [quote, setQuote] = useState<PromoQuoteFieldsFragment>();
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<ApiError>();
  const latest = useRef(0);

  useEffect(() => {
    const request = (latest.current += 1);
    setQuote(undefined);
    setError(undefined);
    if (!code || subtotalCents === null) {
      setChecking(false);
      return;
    }
    setChecking(true);
    client
      .query({ query: PromoQuote, variables: { code, subtotalCents }, fetchPolicy: 'network-only' })
      .then(
        ({ data }) => request === latest.current && setQuote(data?.quotePromoCode),
        (failure: unknown) => request === latest.current && setError(apiErrorOf(failure)),
      )
      .finally(() => request === latest.current && setChecking(false));
  }, [client, code, subtotalCents]);

  const apply = useCallback((next: string) => setCode(next.trim()), []);
  return { code, quote, checking, error, apply };
}
