/**
 * Where the twin serves a product's generated image (`productImageSvg`): `/images/<sku>.svg`. A SKU is
 * upper-case letters, digits and hyphens, so it needs no escaping in a path.
 */
export function productImagePath(sku: string): string {
  return `/images/${sku}.svg`;
}
