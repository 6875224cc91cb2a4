import type { ReactElement } from 'react';
import { NavLink, useLocation } from 'react-router';

/** The admin area's sections, shown above each of its pages; a product's pages belong to Products. */
export function AdminNav(): ReactElement {
  const { pathname } = useLocation();
  const inProducts = pathname === '/admin' || pathname.startsWith('/admin/products');
  return (
    <nav aria-label="Admin" className="admin-nav">
      <NavLink
        to="/admin"
        end
        className={inProducts ? 'active' : undefined}
        // NavLink marks /admin itself as the page; a product's page is within the section.
        aria-current={inProducts && pathname !== '/admin' ? 'true' : undefined}
      >
        Products
      </NavLink>
      <NavLink to="/admin/orders">Orders</NavLink>
      <NavLink to="/admin/promo-codes">Promo codes</NavLink>
      <NavLink to="/admin/sales">Sales</NavLink>
    </nav>
  );
}
