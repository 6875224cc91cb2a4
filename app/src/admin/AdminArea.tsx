import './admin.css';
import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../ui/NotFoundPage.js';
import { AdminHome } from './AdminHome.js';
import { AdminNav } from './AdminNav.js';
import { EditProductPage } from './EditProductPage.js';
import { NewProductPage } from './NewProductPage.js';
import { OrderPage } from './orders/OrderPage.js';
import { OrdersPage } from './orders/OrdersPage.js';
import { NewPromoCodePage } from './promo/NewPromoCodePage.js';
import { PromoCodePage } from './promo/PromoCodePage.js';
import { PromoCodesPage } from './promo/PromoCodesPage.js';
import { RequireAdmin } from './RequireAdmin.js';
import { SalesPage } from './sales/SalesPage.js';

/**
 * The admin area under `/admin`, shown to admins only: products (the home page), orders, promo codes and
 * sales. Loaded on demand with its stylesheet, so none of it weighs on the shop's first load.
 */
export function AdminArea(): ReactElement {
  return (
    <RequireAdmin>
      <AdminNav />
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="products/new" element={<NewProductPage />} />
        <Route path="products/:id" element={<EditProductPage />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/:id" element={<OrderPage />} />
        <Route path="promo-codes" element={<PromoCodesPage />} />
        <Route path="promo-codes/new" element={<NewPromoCodePage />} />
        <Route path="promo-codes/:code" element={<PromoCodePage />} />
        <Route path="sales" element={<SalesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </RequireAdmin>
  );
}
