import { createContext } from 'react';
import type { ShopCart } from './ShopCart.js';

/** The cart of `CartProvider`; undefined outside it (`useCart` then throws). */
export const CartContext = createContext<ShopCart | undefined>(undefined);
