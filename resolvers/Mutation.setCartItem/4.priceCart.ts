// Looks up the cart's products in one catalog call.
export { priceCartRequest as request, priceCartResponse as response } from '../lib/cart.js';
