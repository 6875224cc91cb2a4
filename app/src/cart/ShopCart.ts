import type { ApiError } from '../api/ApiError.js';
import type { ProductCardFieldsFragment } from '../gql/graphql.js';
import type { MoneyValue } from '../money/formatMoney.js';

/** One line of the cart the shopper sees, whoever keeps it (the browser for a guest, the API for a user). */
export interface CartLine {
  readonly productId: string;
  /** Units, 1 to 99. */
  readonly quantity: number;
  /**
   * The product as it is now: null when it left the catalog (archived or gone); undefined while a guest's
   * line is being looked up.
   */
  readonly product: ProductCardFieldsFragment | null | undefined;
}

/** What a change of the cart did: the line's quantity now, or why nothing changed. */
export type CartChange =
  | {
      readonly ok: true;
      /** Units of the product now in the cart (0: removed). */
      readonly quantity: number;
      /** The wanted quantity was above the 99 a line holds, so the line holds 99. */
      readonly capped: boolean;
    }
  | { readonly ok: false; readonly error: ApiError };

/** The shopper's cart and what can be done with it; from `useCart()`. */
export interface ShopCart {
  /** `guest`: kept in this browser; `user`: the signed-in user's stored cart. */
  readonly owner: 'guest' | 'user';
  /** The lines in the order they were added; undefined while the stored cart loads. */
  readonly lines: readonly CartLine[] | undefined;
  /** Units in the cart, over every line. */
  readonly count: number;
  /** The stored cart's subtotal as the API computed it; null for a guest (the cart page adds it up). */
  readonly subtotal: MoneyValue | null;
  /** Why the stored cart could not be read. */
  readonly error: ApiError | undefined;
  /** The guest cart of before the sign-in is being added to the stored cart. */
  readonly merging: boolean;
  /** Why that merge failed; the guest lines are kept for `retryMerge`. */
  readonly mergeError: ApiError | undefined;
  /** Adds `quantity` units of `productId` to its line (held to 99). */
  readonly add: (productId: string, quantity: number) => Promise<CartChange>;
  /** Sets the line of `productId` to `quantity` units; 0 removes it. */
  readonly setQuantity: (productId: string, quantity: number) => Promise<CartChange>;
  /** Reads the stored cart again, or retries a failed merge. */
  readonly retry: () => void;
}
