/** One line of a guest's cart: a product and how many units, 1 to 99. */
export interface GuestCartLine {
  readonly productId: string;
  readonly quantity: number;
}

/**
 * The cart a guest keeps in the browser (`localStorage`) until they sign in, when it is merged into their
 * stored cart. `merging` is set while a merge is under way: if its outcome is never heard (the tab closed,
 * the network failed), the next attempt compares the stored cart's `updatedAt` with `base` to tell whether
 * the merge took place, so the lines are neither lost nor added twice.
 */
export interface GuestCart {
  /** The lines, in the order they were added, one per product. */
  readonly lines: readonly GuestCartLine[];
  readonly merging?: {
    /** The user the lines were being merged into (Cognito `sub`). */
    readonly userId: string;
    /** The stored cart's `updatedAt` read just before the merge was sent; null when none was stored. */
    readonly base: string | null;
  };
}

/** A guest cart with no lines. */
export const EMPTY_GUEST_CART: GuestCart = { lines: [] };
