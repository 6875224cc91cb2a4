import { graphql } from '../gql/index.js';

/** The signed-in shopper's stored cart. */
export const ShopperCart = graphql(`
  query ShopperCart {
    cart {
      ...CartFields
    }
  }
`);

/** Sets one line of the stored cart (0 removes it); answers the whole cart. */
export const SetCartItem = graphql(`
  mutation SetCartItem($productId: ID!, $quantity: Int!) {
    setCartItem(productId: $productId, quantity: $quantity) {
      ...CartFields
    }
  }
`);

/** Adds the guest cart's lines into the stored cart; answers the merged cart. */
export const MergeCart = graphql(`
  mutation MergeCart($items: [CartItemInput!]!) {
    mergeCart(items: $items) {
      ...CartFields
    }
  }
`);

/** Empties the stored cart. */
export const ClearCart = graphql(`
  mutation ClearCart {
    clearCart {
      ...CartFields
    }
  }
`);

/** One product as a cart line shows it, for a guest's lines (the stored cart brings its products). */
export const CartProduct = graphql(`
  query CartProduct($id: ID!) {
    product(id: $id) {
      ...ProductCardFields
    }
  }
`);
