import { useContext } from 'react';
import { CartContext } from './CartContext.js';
import type { ShopCart } from './ShopCart.js';

/** The shopper's cart (a guest's or the signed-in user's). Throws when not inside `CartProvider`. */
export function useCart(): ShopCart {
  const cart = useContext(CartContext);
  if (!cart) throw new Error('useCart() must be called inside <CartProvider>');
  return cart;
}
