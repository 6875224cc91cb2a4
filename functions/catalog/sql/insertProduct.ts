import type { ProductRecord } from '../ProductRecord.js';
import { flagParam, intParam, nullableTextParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * Inserts a product. A taken `sku` fails with the Data API's DatabaseErrorException, MySQL error 1062
 * (the unique index `products_sku`). Also the statement of the demo seed's BatchExecuteStatement.
 */
export function insertProduct(product: ProductRecord): SqlRequest {
  return {
    sql:
      'INSERT INTO products (id, sku, name, description, category, price_cents, image_url, stock, ' +
      'low_stock_threshold, active, version, created_at, updated_at) VALUES (:id, :sku, :name, ' +
      ':description, :category, :price_cents, :image_url, :stock, :low_stock_threshold, :active, :version, ' +
      ':created_at, :updated_at)',
    parameters: [
      textParam('id', product.id),
      textParam('sku', product.sku),
      textParam('name', product.name),
      textParam('description', product.description),
      textParam('category', product.category),
      intParam('price_cents', product.priceCents),
      nullableTextParam('image_url', product.imageUrl),
      intParam('stock', product.stock),
      intParam('low_stock_threshold', product.lowStockThreshold),
      flagParam('active', product.active),
      intParam('version', product.version),
      textParam('created_at', product.createdAt),
      textParam('updated_at', product.updatedAt),
    ],
  };
}
