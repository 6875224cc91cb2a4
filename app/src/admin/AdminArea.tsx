import type { ReactElement } from 'react';
import { Route, Routes } from 'react-router';
import { AdminHome } from './AdminHome.js';
import { EditProductPage } from './EditProductPage.js';
import { NewProductPage } from './NewProductPage.js';
import { RequireAdmin } from './RequireAdmin.js';

/** The admin area under `/admin`, loaded on demand and shown to admins only. */
export function AdminArea(): ReactElement {
  return (
    <RequireAdmin>
      <Routes>
        <Route index element={<AdminHome />} />
        <Route path="products/new" element={<NewProductPage />} />
        <Route path="products/:id" element={<EditProductPage />} />
      </Routes>
    </RequireAdmin>
  );
}
