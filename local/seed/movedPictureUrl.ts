import { productImagePath } from './productImagePath.js';

// A twin's own address: it listens on 127.0.0.1 (tests and older seeds write localhost).
const TWIN_ORIGIN = /^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?$/;

/**
 * The URL a product's picture moves to when the twin now runs at `imageBaseUrl`: answered for a picture
 * the twin draws for that product (`productImagePath(sku)` on a local twin's address) that names another
 * address, undefined for every other URL (an admin's own picture stays as it is).
 *
 * @example
 * movedPictureUrl('http://127.0.0.1:4000/images/CFT-001.svg', 'CFT-001', 'http://127.0.0.1:4100')
 * // => 'http://127.0.0.1:4100/images/CFT-001.svg'
 */
export function movedPictureUrl(imageUrl: string, sku: string, imageBaseUrl: string): string | undefined {
  const picture = productImagePath(sku);
  if (!imageUrl.endsWith(picture) || !TWIN_ORIGIN.test(imageUrl.slice(0, -picture.length))) return undefined;
  const moved = `${imageBaseUrl.replace(/\/+$/, '')}${picture}`;
  return moved === imageUrl ? undefined : moved;
}
