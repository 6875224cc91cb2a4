import { lazy, Suspense } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { SignInPage } from './account/SignInPage.js';
import { CatalogPage } from './catalog/CatalogPage.js';
import { ProductPage } from './catalog/ProductPage.js';
import { Layout } from './ui/Layout.js';
import { NotFoundPage } from './ui/NotFoundPage.js';
import { StatusMessage } from './ui/StatusMessage.js';

// Shoppers rarely need these: they load on first visit, keeping the catalog's first load small.
const AdminArea = lazy(() =>
  import('./admin/AdminArea.js').then((module) => ({ default: module.AdminArea })),
);
const SignUpPage = lazy(() =>
  import('./account/SignUpPage.js').then((module) => ({ default: module.SignUpPage })),
);

const later = (page: ReactNode): ReactElement => (
  <Suspense fallback={<StatusMessage>Loading…</StatusMessage>}>{page}</Suspense>
);

/** The app's pages by address. */
export function ShopRoutes(): ReactElement {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<CatalogPage />} />
        <Route path="products/:id" element={<ProductPage />} />
        <Route path="signin" element={<SignInPage />} />
        <Route path="signup" element={later(<SignUpPage />)} />
        <Route path="admin/*" element={later(<AdminArea />)} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
