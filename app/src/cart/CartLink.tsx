import type { ReactElement } from 'react';
import { NavLink } from 'react-router';
import { useCart } from './useCart.js';

/** The header's link to the cart, with the number of units in it (read out as "Cart, 3 items"). */
export function CartLink(): ReactElement {
  const { count } = useCart();
  return (
    <NavLink to="/cart" className="cart-link" aria-label={`Cart, ${count} item${count === 1 ? '' : 's'}`}>
      Cart <span className="cart-count">{count}</span>
    </NavLink>
  );
}
