import type { IncomingMessage, ServerResponse } from 'node:http';
import { productImageSvg } from '../seed/index.js';
import type { ImageSubject } from '../seed/index.js';

/**
 * Serves `/images/<sku>.svg`: the demo catalog's product pictures, drawn locally (no network). A sku
 * outside the demo catalog still gets a picture drawn from the sku alone.
 */
export function productImageHandler(products: readonly ImageSubject[]) {
  const bySku = new Map(products.map((product) => [product.sku, product]));
  return (request: IncomingMessage, response: ServerResponse): boolean => {
    const match = /^\/images\/([A-Za-z0-9_-]{1,64})\.svg$/.exec(
      new URL(request.url ?? '/', 'http://localhost').pathname,
    );
    if (!match || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
    const sku = match[1]!;
    const subject = bySku.get(sku) ?? { sku, name: sku, category: 'Other' };
    response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=3600' });
    response.end(request.method === 'HEAD' ? undefined : productImageSvg(subject));
    return true;
  };
}
