import { lazy, Suspense } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { SignInPage } from './account/SignInPage.js';
import { CartProvider } from './cart/CartProvider.js';
import { CatalogPage } from './catalog/CatalogPage.js';
import { ProductPage } from './catalog/ProductPage.js';
import { Layout } from './ui/Layout.js';
import { NotFoundPage } from './ui/NotFoundPage.js';
import { StatusMessage } from './ui/StatusMessage.js';

// A first visit browses the catalog: every other page loads when it is first opened, keeping the
// catalog's first load small (the order page brings the real-time link with it).
const AdminArea = lazy(() =>
  import('./admin/AdminArea.js').then((module) => ({ default: module.AdminArea })),
);
const SignUpPage = lazy(() =>
  import('./account/SignUpPage.js').then((module) => ({ default: module.SignUpPage })),
);
const CartPage = lazy(() => import('./cart/CartPage.js').then((module) => ({ default: module.CartPage })));
const CheckoutPage = lazy(() =>
  import('./checkout/CheckoutPage.js').then((module) => ({ default: module.CheckoutPage })),
);
const OrderHistoryPage = lazy(() =>
  import('./orders/OrderHistoryPage.js').then((module) => ({ default: module.OrderHistoryPage })),
);
const OrderPage = lazy(() =>
  import('./orders/OrderPage.js').then((module) => ({ default: module.OrderPage })),
);
const AccountPage = lazy(() =>
  import('./account/AccountPage.js').then((module) => ({ default: module.AccountPage })),
);

const later = (page: ReactNode): ReactElement => (
  <Suspense fallback={<StatusMessage>Loading…</StatusMessage>}>{page}</Suspense>
);

/** The app's pages by address, all sharing the shopper's cart. */
export function ShopRoutes(): ReactElement {
  return (
    <CartProvider>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<CatalogPage />} />
          <Route path="products/:id" element={<ProductPage />} />
          <Route path="cart" element={later(<CartPage />)} />
          <Route path="checkout" element={later(<CheckoutPage />)} />
          <Route path="orders" element={later(<OrderHistoryPage />)} />
          <Route path="orders/:id" element={later(<OrderPage />)} />
          <Route path="account" element={later(<AccountPage />)} />
          <Route path="signin" element={<SignInPage />} />
          <Route path="signup" element={later(<SignUpPage />)} />
          <Route path="admin/*" element={later(<AdminArea />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </CartProvider>
  );
}
