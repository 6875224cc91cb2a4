// Reads the caller's cart into the stash.
export { getCartRequest as request, getCartResponse as response } from '../lib/cart.js';
